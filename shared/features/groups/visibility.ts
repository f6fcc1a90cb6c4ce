import { isAuthorOf } from "../../core/authorTags";
import type { RecordTypeDefinition } from "../../core/recordType";
import type { GroupMembership, WorkingGroup } from "./records";

/** A group without the hash of its conveners' link: what every viewer, moderators too, may receive. */
export function withoutConvenerKey(group: WorkingGroup): WorkingGroup {
  if (group.convenerKeyHash === undefined) return group;
  const { convenerKeyHash: _secret, ...rest } = group;
  return rest;
}

/** AG-5: the conveners' link's hash reaches nobody. */
export const workingGroupVisibility: RecordTypeDefinition = {
  type: "workingGroup",
  redact: (record) => withoutConvenerKey(record as WorkingGroup),
};

/**
 * AG-3: a member's contact address reaches the member and the moderators, nobody else on the board.
 * The group's conveners read it through their link's export only (AG-5), never in the live records:
 * redaction knows the viewer's role and author id, and a convener is neither.
 */
export const groupMembershipVisibility: RecordTypeDefinition = {
  type: "groupMembership",
  authorSeesMore: true,
  redact(record, viewer) {
    const membership = record as GroupMembership;
    if (membership.contact === null || viewer.role === "moderator" || isAuthorOf(membership, viewer.authorId)) {
      return membership;
    }
    return { ...membership, contact: null };
  },
};
