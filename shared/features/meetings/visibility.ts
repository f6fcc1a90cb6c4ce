import type { RecordTypeDefinition } from "../../core/recordType";
import type { Meeting } from "./records";

/**
 * VIS-2 for meetings: the online link is the moderators'. Registered people read it on their own
 * registration (audience "author"), so it never reaches anyone else's socket, snapshot or feed.
 */
export const meetingVisibility: RecordTypeDefinition = {
  type: "meeting",
  redact(record, viewer) {
    const meeting = record as Meeting;
    if (viewer.role === "moderator" || meeting.onlineLink === null) return record;
    return { ...meeting, onlineLink: null } as Meeting;
  },
};
