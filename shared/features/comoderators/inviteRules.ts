import { putWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { ComoderatorOp as Op } from "./ops";
import type { ModeratorInvite } from "./records";
import { managesInvites } from "./rights";

/** How many co-moderator links a board holds at once. */
export const MAX_MODERATOR_INVITES = 50;

const onlyTheBoardsKey = () =>
  fail(problem("forbidden", "Only the board's own moderator link may invite or revoke co-moderators."));

/** COMOD-2..4: the board's moderator makes co-moderator links and revokes them one by one. */
export const moderatorInviteRules: OpRule<Op>[] = [
  rule<Op, "moderatorInvite.create">({
    type: "moderatorInvite.create",
    moderatorOnly: true,
    apply(view, op, actor, now) {
      if (!managesInvites(actor)) return onlyTheBoardsKey();
      if (view.get("moderatorInvite", op.inviteId)) {
        return fail(problem("already_exists", "A co-moderator link with this id exists."));
      }
      if (view.count("moderatorInvite") >= MAX_MODERATOR_INVITES) {
        return fail(problem("limit_reached", `A board holds at most ${MAX_MODERATOR_INVITES} co-moderator links.`));
      }
      const invite: ModeratorInvite = {
        type: "moderatorInvite",
        id: op.inviteId,
        version: 1,
        audience: "moderators",
        authorId: null,
        label: op.label,
        keyHash: op.keyHash,
        createdAt: now,
      };
      return done(putWrite(invite));
    },
  }),
  rule<Op, "moderatorInvite.revoke">({
    type: "moderatorInvite.revoke",
    moderatorOnly: true,
    apply(view, op, actor) {
      if (!managesInvites(actor)) return onlyTheBoardsKey();
      const invite = view.get<ModeratorInvite>("moderatorInvite", op.inviteId);
      if (!invite) return fail(problem("not_found", "This co-moderator link no longer exists."));
      // Its hash leaves the op log too: a revoked link leaves nothing that could be checked against.
      return done({
        remove: { type: invite.type, id: invite.id },
        was: { audience: invite.audience, authorId: null },
        forget: true,
      });
    },
  }),
];
