import { putWrite, removeWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { VotingOp as Op } from "./ops";
import type { CardPriority } from "./records";

/** VOTE-7: moderators mark cards as priorities (from a round's ranking, or any card) and take the mark off. */
export const priorityRules: OpRule<Op>[] = [
  rule<Op, "priority.mark">({
    type: "priority.mark",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (op.roundId !== null && !view.get("votingRound", op.roundId)) {
        return fail(problem("not_found", "This voting round no longer exists."));
      }
      const cardIds = [...new Set(op.cardIds)];
      if (cardIds.some((cardId) => !view.get("card", cardId))) {
        return fail(problem("not_found", "A card to mark no longer exists."));
      }
      const writes = cardIds
        .filter((cardId) => !view.get("cardPriority", cardId))
        .map((cardId) => {
          const priority: CardPriority = {
            type: "cardPriority",
            id: cardId,
            version: 1,
            audience: "board",
            authorId: null,
            cardId,
            roundId: op.roundId,
            markedAt: now,
          };
          return putWrite(priority);
        });
      return done(...writes);
    },
  }),
  rule<Op, "priority.unmark">({
    type: "priority.unmark",
    moderatorOnly: true,
    apply(view, op) {
      const priority = view.get<CardPriority>("cardPriority", op.cardId);
      return priority ? done(removeWrite(priority)) : done();
    },
  }),
];
