import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { readableRecord } from "../../core/visibility";
import { problem } from "../../errors";
import type { Card, MergedCard } from "../../model";
import { mayChangeCard } from "../../permissions";
import { lockedProblem, mergeWouldPublish } from "../moderation";
import { CLUSTER_LIMITS } from "./limits";
import type { ClusterOp as Op } from "./ops";
import { ClusterStaging } from "./staging";

const mergedOf = (card: Card): MergedCard => ({
  authorName: card.authorName,
  content: card.content,
  createdAt: card.createdAt,
});

/**
 * Two duplicates become one card (CLU-6): the kept card keeps its own content and author, and holds
 * the other card's words and author name (and whatever had been merged into it) read-only. Nobody's
 * words are lost; the merged card's author can no longer edit them (a moderator edits the kept card).
 * The kept card's version stays: a merge is no edit of its text, so its author's open editor saves.
 */
export const mergeRule: OpRule<Op> = rule<Op, "card.merge">({
  type: "card.merge",
  apply(view, op, actor, now) {
    if (op.cardId === op.mergedCardId) return fail(problem("invalid_input", "A card cannot be merged into itself."));
    // MOD-8: a card the sender may not read does not exist for them.
    const kept = readableRecord<Card>(view, "card", op.cardId, actor);
    const merged = readableRecord<Card>(view, "card", op.mergedCardId, actor);
    if (!kept || !merged) return fail(problem("not_found", "This card no longer exists."));
    if (!mayChangeCard(actor, kept) || !mayChangeCard(actor, merged)) {
      return fail(problem("forbidden", "Only a moderator, or the author of both cards, may merge them."));
    }
    const locked = lockedProblem(view, [kept.columnId, merged.columnId], actor, now);
    if (locked) return fail(locked);
    if (mergeWouldPublish(kept, merged, actor)) {
      return fail(
        problem(
          "forbidden",
          "A card others cannot read yet (waiting, rejected, hidden) cannot be merged into one they can.",
        ),
      );
    }
    const keptWords = [...(kept.merged ?? []), mergedOf(merged), ...(merged.merged ?? [])];
    if (keptWords.length > CLUSTER_LIMITS.mergedPerCard) {
      return fail(problem("limit_reached", `A card holds at most ${CLUSTER_LIMITS.mergedPerCard} merged cards.`));
    }
    const staging = new ClusterStaging(view);
    staging.removeCard(merged);
    staging.putCard({ ...kept, merged: keptWords });
    return done(...staging.writes(now));
  },
});
