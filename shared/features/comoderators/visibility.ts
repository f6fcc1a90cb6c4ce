import type { RecordTypeDefinition } from "../../core/recordType";
import type { ModeratorInvite } from "./records";

/** An invite without its key's hash: what every viewer, moderators too, may receive. */
export function withoutKeyHash(invite: ModeratorInvite): ModeratorInvite {
  if (invite.keyHash === undefined) return invite;
  const { keyHash: _secret, ...rest } = invite;
  return rest;
}

/** COMOD-2: the co-moderator link's hash reaches nobody. */
export const moderatorInviteVisibility: RecordTypeDefinition = {
  type: "moderatorInvite",
  redact: (record) => withoutKeyHash(record as ModeratorInvite),
};
