import { isAuthorOf } from "../../core/authorTags";
import { putWrite, removeWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { LIMITS } from "../../limits";
import { membershipOf } from "./members";
import type { GroupOp as Op } from "./ops";
import type { GroupMembership, WorkingGroup } from "./records";

/**
 * AG-2: anyone joins a group once and may leave it again. One membership per author and group,
 * enforced here: a board's ops are applied one at a time inside one transaction, so two sockets of
 * one person joining at once still make one.
 */
export const membershipRules: OpRule<Op>[] = [
  rule<Op, "group.join">({
    type: "group.join",
    apply(view, op, actor, now) {
      if (!actor.authorId) return fail(problem("forbidden", "Joining a working group needs this browser's author id."));
      if (!view.get<WorkingGroup>("workingGroup", op.groupId)) {
        return fail(problem("not_found", "This working group no longer exists."));
      }
      const own = membershipOf(view, op.groupId, actor.authorId);
      if (own) return fail(problem("already_exists", "You are a member of this working group.", { current: own }));
      if (view.get("groupMembership", op.membershipId)) {
        return fail(problem("already_exists", "A membership with this id exists."));
      }
      if (op.contact !== null && op.consent === null) {
        return fail(problem("invalid_input", "A contact address is shared only with the consent the person ticked."));
      }
      if (view.count("groupMembership") >= LIMITS.groupMembershipsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.groupMembershipsPerBoard} memberships.`));
      }
      if (op.businessCardId !== null) {
        const card = view.get("businessCard", op.businessCardId);
        if (!card || !isAuthorOf(card, actor.authorId)) {
          return fail(problem("forbidden", "Only one's own business card may stand for one in a working group."));
        }
      }
      const membership: GroupMembership = {
        type: "groupMembership",
        id: op.membershipId,
        version: 1,
        audience: "board",
        authorId: actor.authorId,
        groupId: op.groupId,
        name: op.name,
        businessCardId: op.businessCardId,
        contact:
          op.contact !== null && op.consent ? { value: op.contact, consent: { text: op.consent.text, at: now } } : null,
        createdAt: now,
      };
      return done(putWrite(membership));
    },
  }),
  rule<Op, "group.leave">({
    type: "group.leave",
    apply(view, op, actor) {
      const own = membershipOf(view, op.groupId, actor.authorId);
      if (!own) return fail(problem("not_found", "You are not a member of this working group."));
      // The contact address goes from the op log too (as a deleted business card's, NET-6).
      return done({ ...removeWrite(own), forget: true });
    },
  }),
];
