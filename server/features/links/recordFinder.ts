import type { BoardStore } from "../../store/BoardStore";
import type { FindRecord } from "./linkAccess";

/** One of the board's stored records, read from the store (its state cache when it holds the revision). */
export function recordFinder(store: BoardStore, boardId: string): FindRecord {
  return async (type, id) =>
    (await store.readBoard(boardId))?.records.find((record) => record.type === type && record.id === id);
}
