import type { BoardStore } from "../../store/BoardStore";
import type { FindRecord } from "./linkAccess";

/** One of the board's stored records, read from the store (its state cache when it holds the revision, LIMIT-2). */
export function recordFinder(store: BoardStore, boardId: string): FindRecord {
  return (type, id) => store.readRecord(boardId, type, id);
}
