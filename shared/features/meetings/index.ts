export { calendarFeedRules } from "./calendarFeedRules";
export { meetingRules } from "./meetingRules";
export type { CalendarFeed, Meeting, Registration, RegistrationState } from "./records";
export { registrationRules } from "./registrationRules";
export { registrationsOf } from "./seats";
export { meetingVisibility, registrationVisibility } from "./visibility";
