export { calendarFeedRules } from "./calendarFeedRules";
export { meetingEditTargets } from "./edits";
export { meetingRules } from "./meetingRules";
export type { MeetingOp } from "./ops";
export type { CalendarFeed, Meeting, Registration, RegistrationState } from "./records";
export { registrationRules } from "./registrationRules";
export { registrationsOf } from "./seats";
export { meetingVisibility } from "./visibility";
