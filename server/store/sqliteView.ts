import type { BoardView } from "../../shared/boardView";
import type { Column } from "../../shared/model";
import { type BoardRow, boardFromRow, type CardRow, cardFromRow, columnFromRow } from "./rows";
import type { Statements } from "./sqliteStatements";

/** applyOp's view of one board, answered by indexed SQLite queries inside the commit transaction. */
export function sqliteView(sql: Statements, boardId: string, board: BoardRow): BoardView {
  return {
    board: () => boardFromRow(board),
    column: (id) => {
      const row = sql.column.get(boardId, id) as Column | undefined;
      return row && columnFromRow(row);
    },
    card: (id) => {
      const row = sql.card.get(boardId, id) as CardRow | undefined;
      return row && cardFromRow(row);
    },
    columnCount: () => sql.columnCount.get(boardId) as number,
    cardCount: () => board.card_count,
    cardIdsInColumn: (columnId) => sql.cardIdsInColumn.all(boardId, columnId) as string[],
    cardRankTaken: (columnId, rank, except) => sql.cardRankTaken.get(boardId, columnId, rank, except) !== undefined,
    nextCardRank: (columnId, rank, except) => sql.nextCardRank.get(boardId, columnId, rank, except) as string | null,
    lastCardRank: (columnId, except) => sql.lastCardRank.get(boardId, columnId, except) as string | null,
    columnRankTaken: (rank, except) => sql.columnRankTaken.get(boardId, rank, except) !== undefined,
    nextColumnRank: (rank, except) => sql.nextColumnRank.get(boardId, rank, except) as string | null,
    lastColumnRank: (except) => sql.lastColumnRank.get(boardId, except) as string | null,
  };
}
