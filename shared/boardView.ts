import type { BoardMeta, Card, Column } from "./model";

/**
 * What applyOp needs to read from a board. The client answers it from memory, the server from
 * SQLite with prepared statements, so both run the very same rules.
 */
export interface BoardView {
  board(): BoardMeta;
  column(columnId: string): Column | undefined;
  card(cardId: string): Card | undefined;
  columnCount(): number;
  cardCount(): number;
  cardIdsInColumn(columnId: string): string[];
  /** Is `rank` used by a card in the column other than `exceptCardId`? */
  cardRankTaken(columnId: string, rank: string, exceptCardId: string): boolean;
  /** The smallest card rank in the column greater than `rank`, ignoring `exceptCardId`. */
  nextCardRank(columnId: string, rank: string, exceptCardId: string): string | null;
  lastCardRank(columnId: string, exceptCardId: string): string | null;
  columnRankTaken(rank: string, exceptColumnId: string): boolean;
  nextColumnRank(rank: string, exceptColumnId: string): string | null;
  lastColumnRank(exceptColumnId: string): string | null;
}
