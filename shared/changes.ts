import type { BoardMeta, Card, Column } from "./model";

/**
 * A change is what the server committed for an op: the resulting entity, not the request, so every
 * replica applies it the same way however its own state looked.
 */
export type Change =
  | { type: "board.put"; board: BoardMeta }
  | { type: "column.put"; column: Column }
  | { type: "column.removed"; columnId: string; cardIds: string[] }
  | { type: "card.put"; card: Card }
  | { type: "card.removed"; cardId: string };

/** A committed change with its place in the board's history. */
export interface Committed {
  revision: number;
  opId: string;
  change: Change;
}
