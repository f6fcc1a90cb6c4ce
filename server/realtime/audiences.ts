import type { Committed } from "../../shared/changes";
import type { BaseRecord } from "../../shared/core/records";
import { audiencesOf, type Viewer, viewerOfAudience } from "../../shared/core/visibility";
import type { BoardModel } from "../core/boardModel";
import { committedFor, snapshotRecordsFor as recordsForViewer } from "../core/exit";
import type { BoardServer, BoardSocket } from "./types";

/**
 * Every socket on a board is in the board's room (presence counts it) and in one audience room:
 * moderators, or participants, each plus a room of its own author id (a moderator's for the records
 * that hide fields even from moderators but not from their author, NET-2). A frame is encoded once
 * per audience.
 */
export const roomOf = (boardId: string) => `board:${boardId}`;
const moderatorsRoom = (boardId: string) => `board:${boardId}:moderators`;
const participantsRoom = (boardId: string) => `board:${boardId}:participants`;
const authorRoom = (boardId: string, authorId: string) => `board:${boardId}:author:${authorId}`;
const moderatorAuthorRoom = (boardId: string, authorId: string) => `board:${boardId}:moderator-author:${authorId}`;

export function enterBoardRooms(socket: BoardSocket, boardId: string, viewer: Viewer): void {
  socket.join(roomOf(boardId));
  if (viewer.role === "moderator") {
    socket.join(moderatorsRoom(boardId));
    if (viewer.authorId) socket.join(moderatorAuthorRoom(boardId, viewer.authorId));
    return;
  }
  socket.join(participantsRoom(boardId));
  if (viewer.authorId) socket.join(authorRoom(boardId, viewer.authorId));
}

export function leaveBoardRooms(socket: BoardSocket, boardId: string): void {
  for (const room of [...socket.rooms]) {
    if (room === roomOf(boardId) || room.startsWith(`${roomOf(boardId)}:`)) socket.leave(room);
  }
}

/** A snapshot's records as one viewer may read them (the snapshot cache's way out, core/exit.ts). */
export function snapshotRecordsFor(records: Iterable<BaseRecord>, viewer: Viewer, model: BoardModel): BaseRecord[] {
  return recordsForViewer(records, viewer, model.redact);
}

/** Sends a batch to everyone on the board, each audience its own frame, never a record outside it. */
export function broadcastCommitted(io: BoardServer, boardId: string, batch: readonly Committed[], model: BoardModel) {
  const audiences = audiencesOf(
    batch.flatMap((committed) => committed.writes),
    model.authorSeesMore,
    model.hidesFromModerators,
  );
  const MODERATOR_AUTHOR = "moderator-author:";
  const ownFrames = audiences.filter((audience) => audience !== "moderators" && audience !== "participants");
  const roomOfAudience = (audience: string) =>
    audience.startsWith(MODERATOR_AUTHOR)
      ? moderatorAuthorRoom(boardId, audience.slice(MODERATOR_AUTHOR.length))
      : authorRoom(boardId, audience.slice("author:".length));
  const moderatorAuthorRooms = ownFrames.filter((a) => a.startsWith(MODERATOR_AUTHOR)).map(roomOfAudience);
  const authorRooms = ownFrames.filter((a) => !a.startsWith(MODERATOR_AUTHOR)).map(roomOfAudience);

  const moderatorsFrame = committedFor(batch, viewerOfAudience("moderators"), model.redact);
  const moderators = io.to(moderatorsRoom(boardId));
  (moderatorAuthorRooms.length > 0 ? moderators.except(moderatorAuthorRooms) : moderators).emit(
    "changes",
    moderatorsFrame,
  );
  for (const audience of ownFrames) {
    io.to(roomOfAudience(audience)).emit("changes", committedFor(batch, viewerOfAudience(audience), model.redact));
  }
  io.to(participantsRoom(boardId))
    .except(authorRooms)
    .emit("changes", committedFor(batch, viewerOfAudience("participants"), model.redact));
}
