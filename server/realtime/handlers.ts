import { problem } from "../../shared/errors";
import type { CatchUp, JoinResponse, OpResponse } from "../../shared/events";
import { JoinRequestSchema } from "../../shared/joinSchema";
import { OpRequestSchema } from "../../shared/ops";
import { resolveAuthor } from "../auth/authors";
import { secretMatchesHash } from "../auth/secrets";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { parseWith } from "../validation";
import type { Presence } from "./presence";
import { createRateLimit } from "./rateLimit";
import { type BoardSocket, roomOf } from "./types";

interface Deps {
  store: BoardStore;
  committer: GroupCommitter;
  presence: Presence;
}

const KNOWN_EVENTS = new Set(["board:join", "op"]);

/** Wires one connection: joining a board, sending ops, and typed errors for anything malformed. */
export function handleConnection(socket: BoardSocket, { store, committer, presence }: Deps): void {
  const allowOp = createRateLimit();
  socket.on("board:join", (request, ack) => {
    if (typeof ack !== "function") return complainNoAck(socket, "board:join");
    try {
      ack(join(socket, request, store, presence));
    } catch (error) {
      console.error("join failed", error);
      ack({ ok: false, problem: problem("internal", "The server could not open this board.") });
    }
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
    const parsed = parseWith(OpRequestSchema, request, "op");
    if (!parsed.ok) return ack({ ok: false, problem: parsed.problem } satisfies OpResponse);
    const { opId, op } = parsed.value;
    committer.submit({ boardId, opId, op, actor: { role, authorId: authorId ?? null } }).then(ack);
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

function join(socket: BoardSocket, request: unknown, store: BoardStore, presence: Presence): JoinResponse {
  const parsed = parseWith(JoinRequestSchema, request, "join request");
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { boardId, since, moderatorKey, authorToken } = parsed.value;
  const keyHash = store.moderatorKeyHash(boardId);
  if (keyHash === undefined) return { ok: false, problem: problem("unknown_board", "This board does not exist.") };
  if (moderatorKey !== undefined && !secretMatchesHash(moderatorKey, keyHash)) {
    return { ok: false, problem: problem("forbidden", "This moderator link is not valid for this board.") };
  }
  const author = resolveAuthor(store, authorToken, Date.now());
  const previous = socket.data.boardId;
  if (previous && previous !== boardId) {
    socket.leave(roomOf(previous));
    presence.changed(previous);
  }
  socket.data = { boardId, role: moderatorKey ? "moderator" : "participant", authorId: author.authorId };
  // Join the room before reading the catch-up: a change committed in between arrives twice, which
  // the client ignores by revision, rather than not at all.
  socket.join(roomOf(boardId));
  presence.changed(boardId);
  presence.tell(boardId, (count) => socket.emit("presence", { count }));
  return {
    ok: true,
    role: socket.data.role ?? "participant",
    authorId: author.authorId,
    authorToken: author.authorToken,
    catchUp: catchUp(store, boardId, since),
  };
}

function catchUp(store: BoardStore, boardId: string, since: number | null): CatchUp {
  if (since !== null) {
    const changes = store.changesSince(boardId, since);
    if (changes) return { kind: "changes", changes };
  }
  const snapshot = store.snapshot(boardId);
  if (!snapshot) throw new Error(`board ${boardId} vanished while joining`);
  return { kind: "snapshot", snapshot };
}
