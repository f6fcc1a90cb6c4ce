import type { FieldErrors, OpErrorMessages } from "../../core/checkOp";
import type { MeetingsKey } from "./useMeetingsT";

/** One message per refused field of a meetings form. */
export type MeetingFieldErrors = FieldErrors<MeetingsKey>;

/** Which message a field shows when the op's schema refuses it ("required" unless named here). */
const FIELD_MESSAGES: Partial<Record<string, MeetingsKey>> = {
  email: "meetings.error.email",
  contactEmail: "meetings.error.email",
  onlineLink: "meetings.error.link",
  link: "meetings.error.link",
  date: "meetings.error.date",
  startTime: "meetings.error.time",
  endTime: "meetings.error.time",
  slots: "meetings.error.number",
  capacity: "meetings.error.number",
  minutes: "meetings.error.minutes",
};

export const MEETING_OP_ERRORS: OpErrorMessages<MeetingsKey> = {
  messageFor: (field, { code }) =>
    field === "endTime" && code === "custom"
      ? "meetings.error.endAfterStart"
      : (FIELD_MESSAGES[field] ?? "meetings.error.required"),
};
