import type { NewBoard } from "../../server/store/BoardStore";
import { type BoardState, stateFromSnapshot } from "../../shared/boardState";
import type { Actor, BoardMeta, Card, Column } from "../../shared/model";
import { type OpOf, OpSchema } from "../../shared/ops";
import { newBoardRecords } from "../../shared/templates";

export const moderator: Actor = { role: "moderator", authorId: "author-mod-0001" };
export const alice: Actor = { role: "participant", authorId: "author-alice-01" };
export const bob: Actor = { role: "participant", authorId: "author-bob-0001" };

export function column(id: string, rank: string, title = `Column ${id}`): Column {
  return { type: "column", id, version: 1, audience: "board", authorId: null, title, description: "", rank };
}

export function card(id: string, columnId: string, rank: string, authorId: string | null = alice.authorId): Card {
  return {
    type: "card",
    id,
    version: 1,
    audience: "board",
    authorId,
    columnId,
    rank,
    authorName: "Alice",
    content: { kind: "topic", title: `Card ${id}`, body: "", link: null },
    createdAt: 1,
    updatedAt: 1,
  };
}

/** Two columns (col-aaaa, col-bbbb) and two of Alice's cards in the first. */
export function sampleState(): BoardState {
  return stateFromSnapshot({
    records: [
      boardMeta(),
      column("col-aaaa", "a0"),
      column("col-bbbb", "a1"),
      card("card-0001", "col-aaaa", "a0"),
      card("card-0002", "col-aaaa", "a1"),
    ],
  });
}

export function boardMeta(id = "board-000001", title = "Stammtisch"): BoardMeta {
  return newBoardRecords({ id, title, description: "", createdAt: 1 }, [])[0];
}

export function addCardOp(
  cardId: string,
  columnId: string,
  rank: string,
  title = `Card ${cardId}`,
  authorName: string | null = "Alice",
): OpOf<"card.add"> {
  return {
    type: "card.add",
    cardId,
    columnId,
    rank,
    authorName,
    content: { kind: "topic", title, body: "", link: null },
  };
}

/** A NewBoard for the store, with its board record and these columns. */
export function newBoard(id: string, columns: { id: string; title: string; rank: string }[], title = id): NewBoard {
  return {
    id,
    moderatorKeyHash: "ab".repeat(32),
    createdAt: 1,
    records: newBoardRecords({ id, title, description: "", createdAt: 1 }, columns),
  };
}

/** A meeting as `meeting.add` makes it, parsed with the op's schema (its defaults filled in). */
export function meetingAddOp(fields: Partial<OpOf<"meeting.add">> = {}): OpOf<"meeting.add"> {
  return OpSchema.parse({
    type: "meeting.add",
    meetingId: "meet-0124",
    theme: "Wärmewende",
    date: "2027-01-24",
    startTime: "18:00",
    endTime: "20:00",
    ...fields,
  }) as OpOf<"meeting.add">;
}
