import { describe, expect, it } from "vitest";
import { compareRanked, isValidRank, rankBetween, rankForIndex, sortRanked } from "../../shared/ordering";

describe("ordering", () => {
  it("ORD-1 sorts by rank, then by id, by code units rather than locale", () => {
    const items = [
      { id: "b", rank: "a1" },
      { id: "a", rank: "a1" },
      { id: "c", rank: "Zz" },
      { id: "d", rank: "a0" },
    ];
    expect(sortRanked(items).map((item) => item.id)).toEqual(["c", "d", "a", "b"]);
    expect(compareRanked(items[0], items[0])).toBe(0);
  });

  it("ORD-1 rankForIndex yields a rank that sorts at the wanted position", () => {
    const siblings = [
      { id: "x", rank: "a0" },
      { id: "y", rank: "a1" },
      { id: "z", rank: "a2" },
    ];
    for (let index = 0; index <= siblings.length; index++) {
      const moved = { id: "moved", rank: rankForIndex(siblings, index) };
      const order = sortRanked([...siblings, moved]).map((item) => item.id);
      expect(order.indexOf("moved")).toBe(index);
    }
    expect(rankForIndex([], 0)).toBe(rankBetween(null, null));
  });

  it("ORD-1 keeps finding room between neighbours after many inserts at the same spot", () => {
    let low = "a0";
    const high = "a1";
    for (let i = 0; i < 200; i++) {
      const mid = rankBetween(low, high);
      expect(mid > low && mid < high).toBe(true);
      low = mid;
    }
  });

  it("ORD-2 recognises keys the library cannot order after", () => {
    expect(isValidRank("a0")).toBe(true);
    expect(isValidRank("a0V")).toBe(true);
    expect(isValidRank("")).toBe(false);
    expect(isValidRank("a0-")).toBe(false);
    expect(isValidRank("zzzz")).toBe(false);
  });
});
