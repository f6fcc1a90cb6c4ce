import { isAuthorOf } from "../../core/authorTags";
import type { RecordView } from "../../core/recordView";
import type { GroupMembership, WorkingGroup } from "./records";

/** A group's members in the order they joined (then by id, for a stable order). */
export function membersOf(view: RecordView, groupId: string): GroupMembership[] {
  return [...view.where<GroupMembership>("groupMembership", "groupId", groupId)].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The author's membership in a group, if they joined it (AG-2: one per author and group). */
export function membershipOf(
  view: RecordView,
  groupId: string,
  authorId: string | null | undefined,
): GroupMembership | undefined {
  if (!authorId) return undefined;
  return membersOf(view, groupId).find((membership) => isAuthorOf(membership, authorId));
}

/** A board's working groups, oldest first. */
export function workingGroupsOf(view: RecordView): WorkingGroup[] {
  return [...view.list<WorkingGroup>("workingGroup")].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
