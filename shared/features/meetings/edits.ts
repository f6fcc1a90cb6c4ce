import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { MeetingOp } from "./ops";

export const meetingEditTargets: EditTargets<MeetingOp> = {
  "meeting.update": (op) => ({ type: "meeting", id: op.meetingId }),
};

/** The protocol version that introduced each op (PROTO-2): a page sends an older server only what it knows. */
export const meetingOpVersions: OpProtocolVersions<MeetingOp> = {
  "meeting.add": 2,
  "meeting.update": 2,
  "meeting.cancel": 2,
  "meeting.document": 2,
  "meeting.remove": 2,
  "registration.add": 2,
  "registration.cancel": 2,
  "calendarFeed.add": 2,
  "calendarFeed.remove": 2,
};
