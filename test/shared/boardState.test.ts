import { describe, expect, it } from "vitest";
import { applyCommitted, cardsOf, stateFromSnapshot } from "../../shared/boardState";
import { putWrite } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { cardsIn } from "../../shared/features/columns";
import { boardMeta, card, column, sampleState } from "../helpers/fixtures";

describe("board state", () => {
  it("SYNC-4 applying the same committed change twice gives the same state (changes carry results)", () => {
    const committed = { writes: [putWrite({ ...card("card-0001", "col-bbbb", "a5"), version: 3 })] };
    const once = applyCommitted(sampleState(), committed);
    expect(applyCommitted(once, committed)).toEqual(once);
    expect(cardsOf(once)["card-0001"]).toMatchObject({ columnId: "col-bbbb", version: 3 });
  });

  it("REC-1 builds state from a snapshot's records and finds a column's cards through an index", () => {
    const state = stateFromSnapshot({
      records: [
        boardMeta(),
        column("col-aaaa", "a0"),
        card("c-000001", "col-aaaa", "a0"),
        card("c-000002", "col-aaaa", "a2"),
        card("c-000003", "col-bbbb", "a4"),
      ],
    });
    const view = viewOf(state);
    expect(cardsIn(view, "col-aaaa").map((c) => c.id)).toEqual(["c-000001", "c-000002"]);
    expect(view.count("card")).toBe(3);
    expect(view.get("column", "col-aaaa")).toMatchObject({ title: "Column col-aaaa" });
  });
});
