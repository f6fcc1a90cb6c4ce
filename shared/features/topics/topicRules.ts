import { putWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { readableRecord } from "../../core/visibility";
import { type Problem, problem } from "../../errors";
import { LIMITS } from "../../limits";
import type { Actor, Card } from "../../model";
import { placeRanked } from "../../ordering";
import { mayChangeCard } from "../../permissions";
import { clustersLeftEmpty, withoutCluster } from "../clusters";
import { cardsIn } from "../columns";
import { admittedCard, editedCard, lockedProblem } from "../moderation";
import type { TopicOp as Op } from "./ops";

/**
 * The card `actor` may change now: theirs (or any, for a moderator), in a column not locked for them
 * (MOD-4). One they may not read does not exist for them (MOD-8).
 */
function ownCard(view: RecordView, cardId: string, actor: Actor, now: number): Card | Problem {
  const card = readableRecord<Card>(view, "card", cardId, actor);
  if (!card) return problem("not_found", "This card no longer exists.");
  if (!mayChangeCard(actor, card)) return problem("forbidden", "Only its author or a moderator may change this card.");
  return lockedProblem(view, [card.columnId], actor, now) ?? card;
}

const isProblem = (value: Card | Problem): value is Problem => "code" in value;

export const topicRules: OpRule<Op>[] = [
  rule<Op, "card.add">({
    type: "card.add",
    apply(view, op, actor, now) {
      if (view.get("card", op.cardId)) return fail(problem("already_exists", "A card with this id exists."));
      if (!view.get("column", op.columnId)) return fail(problem("not_found", "This column no longer exists."));
      const locked = lockedProblem(view, [op.columnId], actor, now);
      if (locked) return fail(locked);
      if (view.count("card") >= LIMITS.cardsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.cardsPerBoard} cards.`));
      }
      const card = admittedCard(
        view,
        {
          type: "card",
          id: op.cardId,
          version: 1,
          audience: "board",
          authorId: actor.authorId,
          columnId: op.columnId,
          rank: op.rank,
          authorName: op.authorName,
          content: op.content,
          createdAt: now,
          updatedAt: now,
        },
        actor,
      );
      return done(...placeRanked(cardsIn(view, op.columnId), card, op.rank).map((placed) => putWrite(placed)));
    },
  }),
  rule<Op, "card.edit">({
    type: "card.edit",
    apply(view, op, actor, now) {
      const card = ownCard(view, op.cardId, actor, now);
      if (isProblem(card)) return fail(card);
      if (card.content.kind !== op.content.kind) {
        return fail(problem("invalid_input", `This card is a ${card.content.kind}; its kind cannot change.`));
      }
      if (op.baseVersion !== card.version) {
        return fail(problem("conflict", "Someone else saved this card meanwhile.", { current: card }));
      }
      const edited = editedCard(
        view,
        { ...card, content: op.content, version: card.version + 1, updatedAt: now },
        actor,
      );
      return done(putWrite(edited, card));
    },
  }),
  rule<Op, "card.move">({
    type: "card.move",
    apply(view, op, actor, now) {
      const card = ownCard(view, op.cardId, actor, now);
      if (isProblem(card)) return fail(card);
      if (!view.get("column", op.columnId)) return fail(problem("not_found", "The target column no longer exists."));
      const locked = lockedProblem(view, [op.columnId], actor, now);
      if (locked) return fail(locked);
      // A card moved to another column leaves its cluster (CLU-4); within its column it stays.
      const leaves = card.columnId !== op.columnId;
      const moved = { ...(leaves ? withoutCluster(card) : card), columnId: op.columnId, updatedAt: now };
      return done(
        ...placeRanked(cardsIn(view, op.columnId), moved, op.rank).map((placed) => putWrite(placed)),
        ...(leaves ? clustersLeftEmpty(view, [card]) : []),
      );
    },
  }),
  rule<Op, "card.remove">({
    type: "card.remove",
    apply(view, op, actor, now) {
      const card = ownCard(view, op.cardId, actor, now);
      if (isProblem(card)) return fail(card);
      return done(removeWrite(card), ...clustersLeftEmpty(view, [card]));
    },
  }),
];
