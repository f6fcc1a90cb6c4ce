import { type BoardState, cardsOf, columnsOf } from "../../../shared/boardState";
import { type Card, type Column, columnWithDefaults, type StoredColumn } from "../../../shared/model";
import { sortRanked } from "../../../shared/ordering";

export type CardGroups = ReadonlyMap<string, readonly Card[]>;

/** Columns stored before COL-4, each with its defaults once: the same record gives the same object. */
const withDefaults = new WeakMap<StoredColumn, Column>();

function readColumn(stored: StoredColumn): Column {
  if (stored.description !== undefined) return stored as Column;
  const known = withDefaults.get(stored);
  if (known) return known;
  const column = columnWithDefaults(stored);
  withDefaults.set(stored, column);
  return column;
}

/** The board's columns in order, as the UI shows them: a missing description reads as "" (COL-4). */
export function sortedColumns(columns: Readonly<Record<string, StoredColumn>>): Column[] {
  return sortRanked(Object.values(columns).map(readColumn));
}

/** Each column's cards in display order; every column has an entry, empty or not. */
export function cardsByColumn(board: BoardState): Map<string, Card[]> {
  const groups = new Map<string, Card[]>();
  for (const columnId of Object.keys(columnsOf(board))) groups.set(columnId, []);
  for (const card of Object.values(cardsOf(board))) groups.get(card.columnId)?.push(card);
  for (const [columnId, cards] of groups) groups.set(columnId, sortRanked(cards));
  return groups;
}

/**
 * `cardsByColumn` for one board over time: a column whose cards did not change keeps the very same
 * array, so its components skip rendering when another column changed. States are immutable
 * (applyChange copies what it changes), so a card that is the same object is unchanged. Grouping
 * anew and comparing is cheaper than finding the changed cards (about 1.5 ms for 5,000 cards).
 */
export function cardsByColumnSelector(): (board: BoardState) => CardGroups {
  let lastBoard: BoardState | null = null;
  let lastGroups: CardGroups = new Map();
  return (board) => {
    if (board === lastBoard) return lastGroups;
    const unchanged =
      lastBoard !== null && cardsOf(board) === cardsOf(lastBoard) && columnsOf(board) === columnsOf(lastBoard);
    lastBoard = board;
    if (unchanged) return lastGroups;
    const groups: Map<string, readonly Card[]> = cardsByColumn(board);
    let changed = groups.size !== lastGroups.size;
    for (const [columnId, cards] of groups) {
      const before = lastGroups.get(columnId);
      if (before && before.length === cards.length && before.every((card, i) => card === cards[i])) {
        groups.set(columnId, before);
      } else {
        changed = true;
      }
    }
    if (changed) lastGroups = groups;
    return lastGroups;
  };
}
