import { describe, expect, it } from "vitest";
import { planMove } from "../../client/features/topics/moves";
import { card, column } from "../helpers/fixtures";

const columns = [column("col-aaaa", "a0"), column("col-bbbb", "a1"), column("col-cccc", "a2")];
const a = [card("card-a1", "col-aaaa", "a0"), card("card-a2", "col-aaaa", "a1"), card("card-a3", "col-aaaa", "a2")];
const b = [card("card-b1", "col-bbbb", "a0")];
const byColumn = new Map([
  ["col-aaaa", a],
  ["col-bbbb", b],
  ["col-cccc", []],
]);

describe("keyboard move planning", () => {
  it("CARD-5 moves one place up or down within the column and stops at the ends", () => {
    expect(planMove(columns, byColumn, a[1], "up")).toEqual({ columnId: "col-aaaa", index: 0 });
    expect(planMove(columns, byColumn, a[1], "down")).toEqual({ columnId: "col-aaaa", index: 2 });
    expect(planMove(columns, byColumn, a[0], "up")).toBeNull();
    expect(planMove(columns, byColumn, a[2], "down")).toBeNull();
  });

  it("CARD-5 moves to the same place in the neighbouring column, clamped to its length", () => {
    expect(planMove(columns, byColumn, a[2], "right")).toEqual({ columnId: "col-bbbb", index: 1 });
    expect(planMove(columns, byColumn, a[0], "right")).toEqual({ columnId: "col-bbbb", index: 0 });
    expect(planMove(columns, byColumn, b[0], "right")).toEqual({ columnId: "col-cccc", index: 0 });
    expect(planMove(columns, byColumn, a[0], "left")).toBeNull();
  });
});
