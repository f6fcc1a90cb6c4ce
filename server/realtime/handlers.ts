import { problem } from "../../shared/errors";
import type { CatchUp, JoinResponse, OpResponse } from "../../shared/events";
import { JoinRequestSchema } from "../../shared/joinSchema";
import type { BoardSnapshot } from "../../shared/model";
import { OpRequestSchema } from "../../shared/ops";
import { resolveAuthor } from "../auth/authors";
import { secretMatchesHash } from "../auth/secrets";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import type { SnapshotCache } from "../store/SnapshotCache";
import { parseWith } from "../validation";
import { dropIfBacklogged, socketAddress } from "./guards";
import type { Presence } from "./presence";
import { createRateLimit, type KeyedRateLimit, type Rate } from "./rateLimit";
import { rawJson } from "./rawJson";
import { type BoardSocket, roomOf } from "./types";

/** The limits sockets share (LIMIT-1, LIMIT-4, LIMIT-5): buckets by address, and per-socket settings. */
export interface SocketLimits {
  opsByAddress: KeyedRateLimit;
  joinsByAddress: KeyedRateLimit;
  socketJoins: Rate;
  backlogBytes: number;
}

interface Deps {
  store: BoardStore;
  committer: GroupCommitter;
  presence: Presence;
  snapshots: SnapshotCache;
  limits: SocketLimits;
}

const KNOWN_EVENTS = new Set(["board:join", "op"]);

const rateLimited = (message: string) => ({ ok: false as const, problem: problem("rate_limited", message) });

/** Wires one connection: joining a board, sending ops, and typed errors for anything malformed. */
export function handleConnection(socket: BoardSocket, { store, committer, presence, snapshots, limits }: Deps): void {
  const allowOp = createRateLimit();
  const allowJoin = createRateLimit(limits.socketJoins.perSecond, limits.socketJoins.burst);
  const address = socketAddress(socket);
  socket.on("board:join", (request, ack) => {
    if (typeof ack !== "function") return complainNoAck(socket, "board:join");
    // A refused join is retried by the client (it is not final), so it only slows a flood down.
    if (!allowJoin() || !limits.joinsByAddress.allow(address)) {
      return ack(rateLimited("Too many joins at once; the board opens again in a moment."));
    }
    // A socket that has not read the last answers gets no bigger backlog (LIMIT-4).
    if (dropIfBacklogged(socket, limits.backlogBytes)) return;
    try {
      ack(join(socket, request, store, snapshots, presence));
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
    // Per connection (VAL-5), then per address for all its sockets together (LIMIT-5).
    if (!allowOp() || !limits.opsByAddress.allow(address)) {
      return ack(rateLimited("Too many changes at once; they are sent again shortly."));
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

function join(
  socket: BoardSocket,
  request: unknown,
  store: BoardStore,
  snapshots: SnapshotCache,
  presence: Presence,
): JoinResponse {
  const parsed = parseWith(JoinRequestSchema, request, "join request");
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { boardId, since, moderatorKey, authorToken } = parsed.value;
  const keyHash = store.moderatorKeyHash(boardId);
  if (keyHash === undefined) return { ok: false, problem: problem("unknown_board", "This board does not exist.") };
  if (moderatorKey !== undefined && !secretMatchesHash(moderatorKey, keyHash)) {
    return { ok: false, problem: problem("forbidden", "This moderator link is not valid for this board.") };
  }
  const author = resolveAuthor(boardId, authorToken);
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
    catchUp: catchUp(store, snapshots, boardId, since),
  };
}

function catchUp(store: BoardStore, snapshots: SnapshotCache, boardId: string, since: number | null): CatchUp {
  if (since !== null) {
    const changes = store.changesSince(boardId, since);
    if (changes) return { kind: "changes", changes };
  }
  // Built once per revision and sent as ready-made JSON to every joiner (LIMIT-2).
  const snapshot = snapshots.get(boardId);
  if (!snapshot) throw new Error(`board ${boardId} vanished while joining`);
  return { kind: "snapshot", snapshot: rawJson<BoardSnapshot>(snapshot.json) };
}
