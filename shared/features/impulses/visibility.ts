import { isAuthorOf } from "../../core/authorTags";
import type { RecordTypeDefinition } from "../../core/recordType";
import type { Impulse } from "./records";

/**
 * VIS-2 for impulses: on the public agenda everyone reads the talk, but the contact email and the
 * notes between presenter and moderators stay with them.
 */
export const impulseVisibility: RecordTypeDefinition = {
  type: "impulse",
  authorSeesMore: true,
  redact(record, viewer) {
    const impulse = record as Impulse;
    if (viewer.role === "moderator" || isAuthorOf(impulse, viewer.authorId)) return record;
    return { ...impulse, contactEmail: "", noteToModerators: "", responseNote: "" } as Impulse;
  },
};
