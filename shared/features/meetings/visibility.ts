import type { RecordTypeDefinition } from "../../core/recordType";
import type { Meeting, Registration } from "./records";

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

/** FAIR-4: a registration's address bucket is the server's alone; no viewer receives it, moderators neither. */
export const registrationVisibility: RecordTypeDefinition = {
  type: "registration",
  redact(record) {
    const registration = record as Registration;
    if (registration.addressBucket === undefined) return record;
    const { addressBucket: _bucket, ...rest } = registration;
    return rest as Registration;
  },
};
