import type { BoardState } from "../../shared/boardState";
import type { Change } from "../../shared/changes";
import { LIMITS } from "../../shared/limits";
import type { Op } from "../../shared/ops";

/**
 * What an op's prediction reads and writes, as keys: "board", "column:<id>", "card:<id>",
 * "cards-in:<columnId>" (ranks of a column's cards), "column-ranks". "all" for ops that read a lot
 * (removing a column). A committed change that touches none of a pending op's keys cannot change
 * that op's predicted outcome, and the two changes commute (SYNC-12).
 */
export type Footprint = readonly string[] | "all";

export function footprintOfOp(op: Op): Footprint {
  switch (op.type) {
    case "board.update":
      return ["board"];
    case "column.add":
    case "column.move":
      return [`column:${op.columnId}`, "column-ranks"];
    case "column.rename":
      return [`column:${op.columnId}`];
    case "column.remove":
      return "all";
    case "card.add":
    case "card.move":
      return [`card:${op.cardId}`, `column:${op.columnId}`, `cards-in:${op.columnId}`];
    case "card.edit":
    case "card.remove":
      return [`card:${op.cardId}`];
  }
}

/**
 * What a committed change touches, given the state it was applied to. Adding or removing an entity
 * near a board's limit counts as "all": pending adds may then flip between accepted and refused.
 */
export function footprintOfChange(change: Change, before: BoardState, pendingOps: number): Footprint {
  const nearLimit = (count: number, limit: number) => count + pendingOps + 1 >= limit;
  switch (change.type) {
    case "board.put":
      return ["board"];
    case "column.put": {
      const added = !before.columns[change.column.id];
      if (added && nearLimit(Object.keys(before.columns).length, LIMITS.columnsPerBoard)) return "all";
      return [`column:${change.column.id}`, "column-ranks"];
    }
    case "column.removed":
      return "all";
    case "card.put": {
      const old = before.cards[change.card.id];
      if (!old && nearLimit(Object.keys(before.cards).length, LIMITS.cardsPerBoard)) return "all";
      const keys = [`card:${change.card.id}`, `cards-in:${change.card.columnId}`];
      if (old && old.columnId !== change.card.columnId) keys.push(`cards-in:${old.columnId}`);
      return keys;
    }
    case "card.removed": {
      const old = before.cards[change.cardId];
      if (nearLimit(Object.keys(before.cards).length, LIMITS.cardsPerBoard)) return "all";
      return old ? [`card:${change.cardId}`, `cards-in:${old.columnId}`] : [`card:${change.cardId}`];
    }
  }
}

/** The entity key a change writes. */
export function entityOfChange(change: Change): string {
  switch (change.type) {
    case "board.put":
      return "board";
    case "column.put":
      return `column:${change.column.id}`;
    case "column.removed":
      return `column:${change.columnId}`;
    case "card.put":
      return `card:${change.card.id}`;
    case "card.removed":
      return `card:${change.cardId}`;
  }
}
