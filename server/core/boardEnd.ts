import { roomOf } from "../realtime/audiences";
import type { RedisLink } from "../realtime/redisAdapter";
import type { BoardServer } from "../realtime/types";
import type { BoardStore } from "../store/BoardStore";
import type { SnapshotCache } from "./snapshotCache";

export interface BoardEndDeps {
  store: BoardStore;
  io: BoardServer;
  snapshots: SnapshotCache;
  redis?: RedisLink;
}

/**
 * OPS-5: a board ends. The store removes it with everything of it and erases the freed bytes; the
 * browsers on it (of every process, through the adapter) are told and disconnected; this process's
 * snapshots of it go, and Redis' frames are trimmed like after a forgotten record (ERASE-3). False when
 * there was no such board.
 */
export async function endBoard({ store, io, snapshots, redis }: BoardEndDeps, boardId: string): Promise<boolean> {
  const deleted = await store.deleteBoard(boardId);
  snapshots.forget(boardId);
  if (!deleted) return false;
  io.in(roomOf(boardId)).emit("board:deleted");
  io.in(roomOf(boardId)).disconnectSockets(true);
  redis?.forgetFramesSoon();
  return true;
}
