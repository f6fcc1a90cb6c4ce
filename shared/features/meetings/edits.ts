import type { EditTargets } from "../../core/feature";
import type { MeetingOp } from "./ops";

export const meetingEditTargets: EditTargets<MeetingOp> = {
  "meeting.update": (op) => ({ type: "meeting", id: op.meetingId }),
};
