import type { Committed } from "./changes";
import { applyWrites, type RecordMap, recordMapOf } from "./core/recordState";
import type { BoardMeta, BoardSnapshot, Card, StoredColumn } from "./model";

/**
 * A whole board in memory, as the client holds it and the server caches it: its records by type.
 * Updated immutably, so React can compare by reference; a change copies only the types it touches.
 */
export type BoardState = RecordMap;

export function stateFromSnapshot(snapshot: Pick<BoardSnapshot, "records">): BoardState {
  return recordMapOf(snapshot.records);
}

/** Applies a committed (or predicted) change. Pure: returns a new state, never mutates. */
export function applyCommitted(state: BoardState, committed: Pick<Committed, "writes">): BoardState {
  return applyWrites(state, committed.writes);
}

const NONE = Object.freeze({});

export function boardOf(state: BoardState): BoardMeta | undefined {
  const boards = state.board;
  if (!boards) return undefined;
  for (const id in boards) return boards[id] as BoardMeta;
  return undefined;
}

/** The columns as stored: those from before COL-4 lack a description (see `columnWithDefaults`). */
export function columnsOf(state: BoardState): Readonly<Record<string, StoredColumn>> {
  return (state.column ?? NONE) as Readonly<Record<string, StoredColumn>>;
}

export function cardsOf(state: BoardState): Readonly<Record<string, Card>> {
  return (state.card ?? NONE) as Readonly<Record<string, Card>>;
}
