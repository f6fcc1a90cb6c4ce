import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { Viewer } from "../../shared/core/visibility";
import { problem } from "../../shared/errors";
import type { CatchUp, JoinResponse, OpResponse } from "../../shared/events";
import { JoinRequestSchema } from "../../shared/joinSchema";
import { resolveAuthor } from "../auth/authors";
import { secretMatchesHash } from "../auth/secrets";
import type { BoardModel } from "../core/boardModel";
import type { SnapshotCache } from "../core/snapshotCache";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { parseWith } from "../validation";
import { committedFor, enterBoardRooms, leaveBoardRooms } from "./audiences";
import type { Presence } from "./presence";
import { createRateLimit } from "./rateLimit";
import type { BoardSocket } from "./types";

interface Deps {
  store: BoardStore;
  committer: GroupCommitter;
  presence: Presence;
  snapshots: SnapshotCache;
  model: BoardModel;
}

const KNOWN_EVENTS = new Set(["board:join", "op"]);

/** Wires one connection: joining a board, sending ops, and typed errors for anything malformed. */
export function handleConnection(socket: BoardSocket, deps: Deps): void {
  const { committer, presence, model } = deps;
  const allowOp = createRateLimit();
  socket.on("board:join", (request, ack) => {
    if (typeof ack !== "function") return complainNoAck(socket, "board:join");
    join(socket, request, deps).then(ack, (error) => {
      console.error("join failed", error);
      ack({ ok: false, problem: problem("internal", "The server could not open this board.") });
    });
  });

  socket.on("op", (request, ack) => {
    if (typeof ack !== "function") return complainNoAck(socket, "op");
    const { boardId, role, authorId } = socket.data;
    if (!boardId || !role) {
      return ack({ ok: false, problem: problem("not_joined", "Join a board before sending changes.") });
    }
    if (!allowOp()) {
      return ack({
        ok: false,
        problem: problem("rate_limited", "Too many changes at once; they are sent again shortly."),
      });
    }
    const parsed = parseWith(model.opRequestSchema, request, "op");
    if (!parsed.ok) return ack({ ok: false, problem: parsed.problem } satisfies OpResponse);
    const { opId, op } = parsed.value;
    const viewer: Viewer = { role, authorId: authorId ?? null };
    committer.submit({ boardId, opId, op, actor: viewer }).then((response) => {
      // The sender's own ack holds only what the sender may see, like every frame.
      if (!response.ok) return ack(response);
      ack({ ok: true, committed: committedFor([response.committed], viewer, model)[0] });
    });
  });

  socket.onAny((event: unknown) => {
    if (typeof event === "string" && KNOWN_EVENTS.has(event)) return;
    socket.emit("problem", problem("unknown_event", `Unknown event ${JSON.stringify(String(event)).slice(0, 80)}.`));
  });

  socket.on("disconnect", () => {
    if (socket.data.boardId) presence.changed(socket.data.boardId);
  });
}

function complainNoAck(socket: BoardSocket, event: string): void {
  socket.emit("problem", problem("invalid_input", `The ${event} event needs an acknowledgement callback.`));
}

async function join(socket: BoardSocket, request: unknown, deps: Deps): Promise<JoinResponse> {
  const { store, presence } = deps;
  const parsed = parseWith(JoinRequestSchema, request, "join request");
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { boardId, since, moderatorKey, authorToken, protocol } = parsed.value;
  if (protocol < PROTOCOL_VERSION) {
    return { ok: false, problem: problem("outdated_client", "This page is older than the server: reload it.") };
  }
  if (protocol > PROTOCOL_VERSION) {
    return { ok: false, problem: problem("outdated_server", "The server is being updated; trying again.") };
  }
  const keyHash = await store.moderatorKeyHash(boardId);
  if (keyHash === undefined) return { ok: false, problem: problem("unknown_board", "This board does not exist.") };
  if (moderatorKey !== undefined && !secretMatchesHash(moderatorKey, keyHash)) {
    return { ok: false, problem: problem("forbidden", "This moderator link is not valid for this board.") };
  }
  const author = await resolveAuthor(store, authorToken, Date.now());
  const previous = socket.data.boardId;
  if (previous) {
    leaveBoardRooms(socket, previous);
    if (previous !== boardId) presence.changed(previous);
  }
  const viewer: Viewer = { role: moderatorKey ? "moderator" : "participant", authorId: author.authorId };
  socket.data = { boardId, role: viewer.role, authorId: author.authorId };
  // Join the rooms before reading the catch-up: a change committed in between arrives twice, which
  // the client ignores by revision, rather than not at all.
  enterBoardRooms(socket, boardId, viewer);
  presence.changed(boardId);
  presence.tell(boardId, (count) => socket.emit("presence", { count }));
  return {
    ok: true,
    role: viewer.role,
    authorId: author.authorId,
    authorToken: author.authorToken,
    catchUp: await catchUp(deps, boardId, since, viewer),
  };
}

async function catchUp(
  { store, snapshots, model }: Deps,
  boardId: string,
  since: number | null,
  viewer: Viewer,
): Promise<CatchUp> {
  if (since !== null) {
    const changes = await store.changesSince(boardId, since);
    if (changes) return { kind: "changes", changes: committedFor(changes, viewer, model) };
  }
  const snapshot = await snapshots.snapshotFor(boardId, viewer);
  if (!snapshot) throw new Error(`board ${boardId} vanished while joining`);
  return { kind: "snapshot", snapshot };
}
