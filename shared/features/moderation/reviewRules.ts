import { putWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { Card } from "../../model";
import { withCardAudience, without } from "./cardModeration";
import type { ModerationOp as Op } from "./ops";

/**
 * MOD-1: the queue. Approving makes a card everyone's (or, hidden until reveal, still its author's);
 * rejecting keeps it with its author and the moderators, marked with the reason its author reads.
 * `putWrite` with the access the card had, so the newly allowed receive it and the others its
 * removal (VIS-3).
 */
export const reviewRules: OpRule<Op>[] = [
  rule<Op, "moderation.approve">({
    type: "moderation.approve",
    moderatorOnly: true,
    apply(view, op) {
      const card = view.get<Card>("card", op.cardId);
      if (!card) return fail(problem("not_found", "This card no longer exists."));
      if (!card.review) return done();
      return done(putWrite(withCardAudience(without(card, "review", "reviewReason")), card));
    },
  }),
  rule<Op, "moderation.reject">({
    type: "moderation.reject",
    moderatorOnly: true,
    apply(view, op) {
      const card = view.get<Card>("card", op.cardId);
      if (!card) return fail(problem("not_found", "This card no longer exists."));
      const rejected: Card = { ...card, review: "rejected", reviewReason: op.reason };
      return done(putWrite(withCardAudience(rejected), card));
    },
  }),
];
