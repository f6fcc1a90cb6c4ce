export { berlinNow, berlinToday, meetingHasBegun, meetingIsOver } from "./days";
export { meetingEditTargets } from "./edits";
export type { MeetingOp } from "./ops";
export type { CalendarFeed, Meeting, Registration, RegistrationState } from "./records";
export { registrationsOf } from "./seats";
export { meetingVisibility, registrationVisibility } from "./visibility";
