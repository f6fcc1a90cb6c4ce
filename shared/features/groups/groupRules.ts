import { accessOf, putWrite, type RemoveWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { LIMITS } from "../../limits";
import { membersOf } from "./members";
import type { GroupOp as Op, GroupOpOf as OpOf } from "./ops";
import type { WorkingGroup } from "./records";
import { withoutConvenerKey } from "./visibility";

const missing = () => fail(problem("not_found", "This working group no longer exists."));

/** The topic cards a group names: each once, and only cards that are still on the board. */
function topicCardsOf(view: RecordView, ids: readonly string[]): string[] {
  return [...new Set(ids)].filter((id) => view.get("card", id) !== undefined);
}

function fieldsOf(view: RecordView, op: OpOf<"group.create"> | OpOf<"group.update">) {
  return {
    name: op.name,
    description: op.description,
    conveners: op.conveners,
    topicCardIds: topicCardsOf(view, op.topicCardIds),
  };
}

/** AG-1, AG-4, AG-5: moderators found, edit and end working groups and hand out the conveners' link. */
export const workingGroupRules: OpRule<Op>[] = [
  rule<Op, "group.create">({
    type: "group.create",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (view.get("workingGroup", op.groupId)) {
        return fail(problem("already_exists", "A working group with this id exists."));
      }
      if (view.count("workingGroup") >= LIMITS.workingGroupsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.workingGroupsPerBoard} working groups.`));
      }
      const group: WorkingGroup = {
        type: "workingGroup",
        id: op.groupId,
        version: 1,
        audience: "board",
        authorId: null,
        ...fieldsOf(view, op),
        clusterId: op.clusterId,
        convenerKeyHash: op.convenerKeyHash,
        createdAt: now,
        updatedAt: now,
      };
      return done(putWrite(group));
    },
  }),
  rule<Op, "group.update">({
    type: "group.update",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const group = view.get<WorkingGroup>("workingGroup", op.groupId);
      if (!group) return missing();
      if (op.baseVersion !== group.version) {
        return fail(
          problem("conflict", "This working group was changed meanwhile.", { current: withoutConvenerKey(group) }),
        );
      }
      return done(putWrite({ ...group, ...fieldsOf(view, op), version: group.version + 1, updatedAt: now }));
    },
  }),
  rule<Op, "group.newConvenerLink">({
    type: "group.newConvenerLink",
    moderatorOnly: true,
    apply(view, op) {
      const group = view.get<WorkingGroup>("workingGroup", op.groupId);
      if (!group) return missing();
      // Not an edit: the version stays, so no moderator's edit in flight conflicts.
      return done(putWrite({ ...group, convenerKeyHash: op.convenerKeyHash }));
    },
  }),
  rule<Op, "group.remove">({
    type: "group.remove",
    moderatorOnly: true,
    apply(view, op) {
      const group = view.get<WorkingGroup>("workingGroup", op.groupId);
      if (!group) return missing();
      // Contact addresses go from the op log too, as when each member leaves.
      const memberships = membersOf(view, group.id).map(
        (membership): RemoveWrite => ({
          remove: { type: membership.type, id: membership.id },
          was: accessOf(membership),
          forget: true,
        }),
      );
      return done(...memberships, removeWrite(group));
    },
  }),
];
