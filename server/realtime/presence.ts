import { roomOf } from "./audiences";
import type { BoardServer } from "./types";

/**
 * Tells a board's room how many people are on it. Volatile: never stored. Throttled so that a
 * thousand people joining at once cause a handful of broadcasts, not a million messages.
 */
export function createPresence(io: BoardServer, intervalMs = 500) {
  const pending = new Map<string, NodeJS.Timeout>();
  const send = (boardId: string) => {
    pending.delete(boardId);
    const count = io.sockets.adapter.rooms.get(roomOf(boardId))?.size ?? 0;
    io.to(roomOf(boardId)).emit("presence", { count });
  };
  return {
    changed(boardId: string) {
      if (pending.has(boardId)) return;
      pending.set(
        boardId,
        setTimeout(() => send(boardId), intervalMs),
      );
    },
    /** Answers one socket at once, so a newcomer does not wait for the next tick. */
    tell(boardId: string, emit: (count: number) => void) {
      emit(io.sockets.adapter.rooms.get(roomOf(boardId))?.size ?? 0);
    },
    stop() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
