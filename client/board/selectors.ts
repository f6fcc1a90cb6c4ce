import type { BoardState } from "../../shared/boardState";
import type { Card, Column } from "../../shared/model";
import { sortRanked } from "../../shared/ordering";

export function sortedColumns(board: BoardState): Column[] {
  return sortRanked(Object.values(board.columns));
}

/** Each column's cards in display order; every column has an entry, empty or not. */
export function cardsByColumn(board: BoardState): Map<string, Card[]> {
  const groups = new Map<string, Card[]>();
  for (const columnId of Object.keys(board.columns)) groups.set(columnId, []);
  for (const card of Object.values(board.cards)) groups.get(card.columnId)?.push(card);
  for (const [columnId, cards] of groups) groups.set(columnId, sortRanked(cards));
  return groups;
}
