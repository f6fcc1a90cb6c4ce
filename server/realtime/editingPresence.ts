import { randomUUID } from "node:crypto";
import type { Editing, EditingRequest } from "../../shared/events";
import { linkHoldersOf, roomOf } from "./audiences";
import type { BoardSocket } from "./types";

/**
 * Who edits which cards (PRES-EDIT-1). Volatile: held in this process's memory only, never stored,
 * never in the op log. A change goes to everyone else in the board's room (through the adapter, to
 * every process); a newcomer hears what the people on its own process edit now. With several
 * processes, what those on other processes edit shows from their next change on.
 */
export function createEditingPresence() {
  /** Per board, per connection key: what it edits. */
  const boards = new Map<string, Map<string, Editing>>();
  const keyOf = (socket: BoardSocket) => {
    socket.data.editorKey ??= randomUUID();
    return socket.data.editorKey;
  };

  // Link holders hear of nobody's editing: it names cards and people outside their link (LINK-3).
  function tellOthers(socket: BoardSocket, boardId: string, editing: Editing) {
    socket.to(roomOf(boardId)).except(linkHoldersOf(boardId)).emit("editing", editing);
  }

  return {
    /** What a joined socket edits now; an empty list ends it. */
    set(socket: BoardSocket, boardId: string, request: EditingRequest) {
      const editor = keyOf(socket);
      const editing: Editing = { editor, cardIds: [...new Set(request.cardIds)], name: request.name };
      let board = boards.get(boardId);
      if (editing.cardIds.length > 0) {
        if (!board) {
          board = new Map();
          boards.set(boardId, board);
        }
        board.set(editor, editing);
      } else if (board?.delete(editor) && board.size === 0) {
        boards.delete(boardId);
      }
      tellOthers(socket, boardId, editing);
    },
    /** The socket left the board (another board, a disconnect): it edits nothing there any more. */
    leave(socket: BoardSocket, boardId: string) {
      const editor = socket.data.editorKey;
      const board = boards.get(boardId);
      if (!editor || !board?.has(editor)) return;
      board.delete(editor);
      if (board.size === 0) boards.delete(boardId);
      tellOthers(socket, boardId, { editor, cardIds: [], name: null });
    },
    /** Tells a newcomer what the others edit now. */
    tell(socket: BoardSocket, boardId: string) {
      if (socket.data.scope) return;
      for (const editing of boards.get(boardId)?.values() ?? []) {
        if (editing.editor !== socket.data.editorKey) socket.emit("editing", editing);
      }
    },
  };
}

export type EditingPresence = ReturnType<typeof createEditingPresence>;
