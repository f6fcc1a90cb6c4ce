import type { BoardView } from "./boardView";
import type { Change } from "./changes";
import type { BoardMeta, BoardSnapshot, Card, Column } from "./model";

/** A whole board in memory, as the client holds it. Updated immutably so React can compare by reference. */
export interface BoardState {
  board: BoardMeta;
  columns: Readonly<Record<string, Column>>;
  cards: Readonly<Record<string, Card>>;
}

export function stateFromSnapshot(snapshot: BoardSnapshot): BoardState {
  const columns: Record<string, Column> = {};
  for (const column of snapshot.columns) columns[column.id] = column;
  const cards: Record<string, Card> = {};
  for (const card of snapshot.cards) cards[card.id] = card;
  return { board: snapshot.board, columns, cards };
}

/** Applies a committed (or predicted) change. Pure: returns a new state, never mutates. */
export function applyChange(state: BoardState, change: Change): BoardState {
  switch (change.type) {
    case "board.put":
      return { ...state, board: change.board };
    case "column.put":
      return { ...state, columns: { ...state.columns, [change.column.id]: change.column } };
    case "column.removed": {
      const { [change.columnId]: _removed, ...columns } = state.columns;
      const cards = { ...state.cards };
      for (const card of Object.values(state.cards)) {
        if (card.columnId === change.columnId) delete cards[card.id];
      }
      return { ...state, columns, cards };
    }
    case "card.put":
      return { ...state, cards: { ...state.cards, [change.card.id]: change.card } };
    case "card.removed": {
      const { [change.cardId]: _removed, ...cards } = state.cards;
      return { ...state, cards };
    }
  }
}

/** Each column's cards in the order of `state.cards`; built once per cards object, when first asked. */
const columnIndexes = new WeakMap<BoardState["cards"], ReadonlyMap<string, readonly Card[]>>();

function cardsByColumnId(cards: BoardState["cards"]): ReadonlyMap<string, readonly Card[]> {
  let index = columnIndexes.get(cards);
  if (!index) {
    const built = new Map<string, Card[]>();
    for (const card of Object.values(cards)) {
      const list = built.get(card.columnId);
      if (list) list.push(card);
      else built.set(card.columnId, [card]);
    }
    index = built;
    columnIndexes.set(cards, index);
  }
  return index;
}

/**
 * Answers applyOp's questions from an in-memory state. Questions about a column look at that
 * column's cards only (through an index), so a prediction on a board of thousands of cards stays cheap.
 */
export function viewOfState(state: BoardState): BoardView {
  const cardsIn = (columnId: string, exceptCardId: string) =>
    (cardsByColumnId(state.cards).get(columnId) ?? []).filter((card) => card.id !== exceptCardId);
  const columnsExcept = (exceptColumnId: string) =>
    Object.values(state.columns).filter((column) => column.id !== exceptColumnId);
  const next = (ranks: string[], rank: string) =>
    ranks.filter((r) => r > rank).reduce<string | null>((min, r) => (min === null || r < min ? r : min), null);
  const last = (ranks: string[]) => ranks.reduce<string | null>((max, r) => (max === null || r > max ? r : max), null);
  return {
    board: () => state.board,
    column: (id) => state.columns[id],
    card: (id) => state.cards[id],
    columnCount: () => Object.keys(state.columns).length,
    cardCount: () => Object.keys(state.cards).length,
    cardIdsInColumn: (columnId) => cardsIn(columnId, "").map((card) => card.id),
    cardRankTaken: (columnId, rank, except) => cardsIn(columnId, except).some((card) => card.rank === rank),
    nextCardRank: (columnId, rank, except) =>
      next(
        cardsIn(columnId, except).map((card) => card.rank),
        rank,
      ),
    lastCardRank: (columnId, except) => last(cardsIn(columnId, except).map((card) => card.rank)),
    columnRankTaken: (rank, except) => columnsExcept(except).some((column) => column.rank === rank),
    nextColumnRank: (rank, except) =>
      next(
        columnsExcept(except).map((column) => column.rank),
        rank,
      ),
    lastColumnRank: (except) => last(columnsExcept(except).map((column) => column.rank)),
  };
}
