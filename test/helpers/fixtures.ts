import type { BoardState } from "../../shared/boardState";
import type { Actor, Card, Column } from "../../shared/model";
import type { OpOf } from "../../shared/ops";

export const moderator: Actor = { role: "moderator", authorId: "author-mod-0001" };
export const alice: Actor = { role: "participant", authorId: "author-alice-01" };
export const bob: Actor = { role: "participant", authorId: "author-bob-0001" };

export function column(id: string, rank: string, title = `Column ${id}`): Column {
  return { id, title, rank, version: 1 };
}

export function card(id: string, columnId: string, rank: string, authorId: string | null = alice.authorId): Card {
  return {
    id,
    columnId,
    rank,
    authorId,
    authorName: "Alice",
    content: { kind: "topic", title: `Card ${id}`, body: "", link: null },
    version: 1,
    createdAt: 1,
    updatedAt: 1,
  };
}

/** Two columns (col-aaaa, col-bbbb) and two of Alice's cards in the first. */
export function sampleState(): BoardState {
  return {
    board: { id: "board-000001", title: "Stammtisch", description: "", version: 1, createdAt: 1 },
    columns: { "col-aaaa": column("col-aaaa", "a0"), "col-bbbb": column("col-bbbb", "a1") },
    cards: {
      "card-0001": card("card-0001", "col-aaaa", "a0"),
      "card-0002": card("card-0002", "col-aaaa", "a1"),
    },
  };
}

export function addCardOp(cardId: string, columnId: string, rank: string, title = `Card ${cardId}`): OpOf<"card.add"> {
  return {
    type: "card.add",
    cardId,
    columnId,
    rank,
    authorName: "Alice",
    content: { kind: "topic", title, body: "", link: null },
  };
}
