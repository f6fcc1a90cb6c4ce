import type { Committed } from "../../shared/changes";
import type { BaseRecord } from "../../shared/core/records";
import { audiencesOf, linkAudiencesOf, type Viewer, viewerOfAudience } from "../../shared/core/visibility";
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
/** Every plain participant on a board (no link, no moderator key): cut off when it becomes links-only (LINK-7). */
export const participantsRoomOf = participantsRoom;
const authorRoom = (boardId: string, authorId: string) => `board:${boardId}:author:${authorId}`;
const moderatorAuthorRoom = (boardId: string, authorId: string) => `board:${boardId}:moderator-author:${authorId}`;
/** A link holders' audience's room (LINK-3): `links`, `links-group:<column>` and the like. */
const linkRoom = (boardId: string, audience: string) => `board:${boardId}:${audience}`;
/** Every link holder on a board (LINK-3). */
export const linkHoldersOf = (boardId: string) => linkRoom(boardId, "links");
/** Every holder of one special link, to cut them off when it is revoked (LINK-5). */
export const linkHoldersRoom = (boardId: string, linkId: string) => `board:${boardId}:link:${linkId}`;

export function enterBoardRooms(socket: BoardSocket, boardId: string, viewer: Viewer, linkId?: string): void {
  socket.join(roomOf(boardId));
  if (viewer.scope) {
    // A link holder is in no participants' room: only the link holders' frames reach them (LINK-3).
    socket.join(linkRoom(boardId, "links"));
    if (linkId) socket.join(linkHoldersRoom(boardId, linkId));
    const { scope, authorId } = viewer;
    if (scope.kind === "submission") {
      if (authorId) socket.join(linkRoom(boardId, `links-submission-author:${authorId}`));
    } else if (scope.columnId) {
      socket.join(linkRoom(boardId, `links-group:${scope.columnId}`));
      if (authorId) socket.join(linkRoom(boardId, `links-group-author:${scope.columnId}:${authorId}`));
    }
    return;
  }
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
  return recordsForViewer(records, viewer, model);
}

/** Sends a batch to everyone on the board, each audience its own frame, never a record outside it. */
export function broadcastCommitted(
  io: BoardServer,
  boardId: string,
  batch: readonly Committed[],
  model: BoardModel,
  /** One process alone (no adapter): link holders' frames are made only when this board has some. */
  { linkHoldersOnlyHere = false } = {},
) {
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

  const moderatorsFrame = committedFor(batch, viewerOfAudience("moderators"), model);
  const moderators = io.to(moderatorsRoom(boardId));
  (moderatorAuthorRooms.length > 0 ? moderators.except(moderatorAuthorRooms) : moderators).emit(
    "changes",
    moderatorsFrame,
  );
  for (const audience of ownFrames) {
    io.to(roomOfAudience(audience)).emit("changes", committedFor(batch, viewerOfAudience(audience), model));
  }
  io.to(participantsRoom(boardId))
    .except(authorRooms)
    .emit("changes", committedFor(batch, viewerOfAudience("participants"), model));
  if (!linkHoldersOnlyHere || io.sockets.adapter.rooms.has(linkHoldersOf(boardId))) {
    broadcastToLinkHolders(io, boardId, batch, model);
  }
}

/**
 * LINK-3: every link holder gets one frame per batch (their revision stays contiguous): the one all
 * link holders share, unless a narrower audience of theirs (a submitter's own cards, a small group's
 * column, an author in it) has its own. Rooms of nobody cost an encoding, never a byte sent.
 */
function broadcastToLinkHolders(io: BoardServer, boardId: string, batch: readonly Committed[], model: BoardModel) {
  const readingOf = model.linkReadingOf ?? (() => undefined);
  const audiences = linkAudiencesOf(
    batch.flatMap((committed) => committed.writes),
    model.authorSeesMore,
    readingOf,
  );
  const narrower = audiences.filter((audience) => audience !== "links");
  const frameOf = (audience: string) => committedFor(batch, viewerOfAudience(audience), model);
  const inside = (group: string) =>
    narrower.filter((a) => a.startsWith("links-group-author:") && a.startsWith(`links-group-author:${group}:`));
  io.to(linkRoom(boardId, "links"))
    .except(narrower.filter((a) => !a.startsWith("links-group-author:")).map((a) => linkRoom(boardId, a)))
    .emit("changes", frameOf("links"));
  for (const audience of narrower) {
    const room = io.to(linkRoom(boardId, audience));
    if (audience.startsWith("links-group:")) {
      const authors = inside(audience.slice("links-group:".length)).map((a) => linkRoom(boardId, a));
      (authors.length > 0 ? room.except(authors) : room).emit("changes", frameOf(audience));
    } else {
      room.emit("changes", frameOf(audience));
    }
  }
}
