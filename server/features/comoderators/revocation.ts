import type { Committed } from "../../../shared/changes";
import { roomOf } from "../../realtime/audiences";
import type { BoardServer, BoardSocket } from "../../realtime/types";

/** The sockets that joined a board with one co-moderator link (inside the board's room, so leaving the board leaves it). */
const inviteRoom = (boardId: string, inviteId: string) => `${roomOf(boardId)}:moderator-invite:${inviteId}`;

/** A socket that joined with a co-moderator link is found by it when the link is revoked (COMOD-3). */
export function enterInviteRoom(socket: BoardSocket, boardId: string, inviteId: string): void {
  socket.join(inviteRoom(boardId, inviteId));
}

/** The co-moderator links a batch revoked. */
function revokedIn(batch: readonly Committed[]): string[] {
  return batch.flatMap((committed) =>
    committed.writes.flatMap((write) =>
      "remove" in write && write.remove.type === "moderatorInvite" ? [write.remove.id] : [],
    ),
  );
}

/**
 * COMOD-3: after a batch that revoked co-moderator links, the sockets that joined with them (on every
 * process, through the adapter) are told and cut off at once, as a deleted board's are (OPS-5): they
 * held the moderators' view. A page that joins again with the link is refused.
 */
export function cutOffRevokedLinks(io: BoardServer, boardId: string, batch: readonly Committed[]): void {
  for (const inviteId of revokedIn(batch)) {
    const room = io.in(inviteRoom(boardId, inviteId));
    room.emit("moderator:revoked");
    room.disconnectSockets(true);
  }
}
