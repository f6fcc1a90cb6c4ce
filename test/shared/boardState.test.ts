import { describe, expect, it } from "vitest";
import { applyChange, stateFromSnapshot, viewOfState } from "../../shared/boardState";
import { card, column, sampleState } from "../helpers/fixtures";

describe("board state", () => {
  it("SYNC-4 applying the same committed change twice gives the same state (changes carry results)", () => {
    const change = { type: "card.put" as const, card: { ...card("card-0001", "col-bbbb", "a5"), version: 3 } };
    const once = applyChange(sampleState(), change);
    expect(applyChange(once, change)).toEqual(once);
  });

  it("builds state from a snapshot and answers rank questions from it", () => {
    const state = stateFromSnapshot({
      board: sampleState().board,
      columns: [column("col-aaaa", "a0")],
      cards: [
        card("c-000001", "col-aaaa", "a0"),
        card("c-000002", "col-aaaa", "a2"),
        card("c-000003", "col-aaaa", "a4"),
      ],
      revision: 7,
    });
    const view = viewOfState(state);
    expect(view.cardRankTaken("col-aaaa", "a2", "nobody")).toBe(true);
    expect(view.cardRankTaken("col-aaaa", "a2", "c-000002")).toBe(false);
    expect(view.nextCardRank("col-aaaa", "a0", "nobody")).toBe("a2");
    expect(view.nextCardRank("col-aaaa", "a4", "nobody")).toBe(null);
    expect(view.lastCardRank("col-aaaa", "c-000003")).toBe("a2");
    expect(view.cardIdsInColumn("col-aaaa")).toHaveLength(3);
  });
});
