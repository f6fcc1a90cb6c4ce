import { describe, expect, it } from "vitest";
import { applyOp } from "../../shared/applyOp";
import { IndexedRecords } from "../../shared/core/indexedRecords";
import { allRecords } from "../../shared/core/recordState";
import { cardsIn } from "../../shared/features/columns";
import { LIMITS } from "../../shared/limits";
import type { Card } from "../../shared/model";
import { OpRequestSchema } from "../../shared/ops";
import { compareRanked, rankForIndex, sortRanked } from "../../shared/ordering";
import { addCardOp, alice, sampleState } from "../helpers/fixtures";

/** The two cards at the top of a column, in order: all a drop right after the first one needs. */
function firstTwo(cards: readonly Card[]): Card[] {
  let [first, second]: (Card | undefined)[] = [];
  for (const card of cards) {
    if (!first || compareRanked(card, first) < 0) [first, second] = [card, first];
    else if (!second || compareRanked(card, second) < 0) second = card;
  }
  return [first, second].filter((card): card is Card => card !== undefined);
}

/** Fractional keys grow by about one character per six drops into one gap: 6,133 pass 1,024. */
const DROPS = 6_500;

describe("rank keys under pressure", () => {
  it("ORD-3 6,500 cards dropped into the same gap never outgrow the rank limit, and keep their order", () => {
    // The server's view of a board (the browser's RecordDraft answers the same; see recordView.test.ts).
    const draft = new IndexedRecords(allRecords(sampleState()));
    let longest = 0;
    for (let i = 0; i < DROPS; i++) {
      // What a browser does: the rank between the first card and the one after it.
      const siblings = firstTwo(cardsIn(draft, "col-aaaa"));
      const request = OpRequestSchema.safeParse({
        opId: `op-squeeze-${i}`,
        op: addCardOp(`card-squeeze-${i}`, "col-aaaa", rankForIndex(siblings, 1)),
      });
      expect(request.success, `drop ${i}`).toBe(true);
      if (!request.success) return;
      const outcome = applyOp(draft, request.data.op, alice, i);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) draft.apply(outcome.writes);
    }
    for (const card of cardsIn(draft, "col-aaaa")) longest = Math.max(longest, card.rank.length);
    expect(longest).toBeLessThan(LIMITS.rank);
    // Each drop went right after the first card, so the newest comes second and the first stays first.
    const order = sortRanked(cardsIn(draft, "col-aaaa"));
    expect(order[0].id).toBe("card-0001");
    expect(order[1].id).toBe(`card-squeeze-${DROPS - 1}`);
    expect(order[2].id).toBe(`card-squeeze-${DROPS - 2}`);
    expect(order.at(-1)?.id).toBe("card-0002");
    // Re-ranking is a move for the cards it touches: their content versions stay.
    expect(order.every((card) => card.version === 1)).toBe(true);
  }, 30_000);
});
