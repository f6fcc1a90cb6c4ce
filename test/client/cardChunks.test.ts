import { describe, expect, it } from "vitest";
import { chunkCards } from "../../client/features/topics/cardChunks";
import type { Card } from "../../shared/model";
import { rankBetween, sortRanked } from "../../shared/ordering";
import { card } from "../helpers/fixtures";

const make = (id: string, rank: string): Card => card(id, "col-aaaa", rank);
const idsOf = (state: ReturnType<typeof chunkCards>) => state.chunks.flatMap((chunk) => chunk.cards.map((c) => c.id));
const chunkOfCard = (state: ReturnType<typeof chunkCards>) =>
  new Map(state.chunks.flatMap((chunk) => chunk.cards.map((c) => [c.id, chunk.key] as const)));

function hundredCards(): Card[] {
  let rank: string | null = null;
  return Array.from({ length: 100 }, (_, i) => {
    rank = rankBetween(rank, null);
    return make(`k${String(i).padStart(3, "0")}`, rank);
  });
}

describe("card chunks (rendering a big column in pieces)", () => {
  it("UI-5 splits a column into stable chunks and reuses them when nothing changed", () => {
    const cards = hundredCards();
    const state = chunkCards(cards, null, 20);
    expect(state.chunks.map((chunk) => chunk.cards.length)).toEqual([20, 20, 20, 20, 20]);
    expect(new Set(state.chunks.map((chunk) => chunk.key)).size).toBe(5);
    const again = chunkCards(cards, state, 20);
    expect(again.chunks.every((chunk, i) => chunk === state.chunks[i])).toBe(true);
  });

  it("UI-5 an insert at the top changes only the first chunk; no card changes chunk", () => {
    const cards = hundredCards();
    const before = chunkCards(cards, null, 20);
    const withTop = sortRanked([...cards, make("new-top", rankBetween(null, cards[0].rank))]);
    const after = chunkCards(withTop, before, 20);
    expect(idsOf(after)).toEqual(withTop.map((c) => c.id));
    const was = chunkOfCard(before);
    const now = chunkOfCard(after);
    for (const c of cards) expect(now.get(c.id)).toBe(was.get(c.id));
    expect(after.chunks.slice(1).every((chunk, i) => chunk === before.chunks[i + 1])).toBe(true);
  });

  it("UI-5 keeps order and unique keys through many inserts, moves and removals", () => {
    let all = hundredCards();
    let state = chunkCards(all, null, 20);
    for (let i = 0; i < 30; i++) {
      all = sortRanked([...all, make(`mid${i}`, rankBetween(all[49].rank, all[50].rank))]);
      state = chunkCards(all, state, 20);
      expect(idsOf(state)).toEqual(all.map((c) => c.id));
      expect(new Set(state.chunks.map((chunk) => chunk.key)).size).toBe(state.chunks.length);
      expect(state.chunks.every((chunk) => chunk.cards.length <= 40)).toBe(true);
    }
    all = all.filter((_, i) => i % 3 !== 0);
    state = chunkCards(all, state, 20);
    expect(idsOf(state)).toEqual(all.map((c) => c.id));
    expect(chunkCards([], state, 20).chunks).toEqual([]);
  });
});
