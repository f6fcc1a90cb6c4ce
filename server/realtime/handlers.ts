import { type Problem, problem } from "../../shared/errors";
import type { JoinResponse, OpResponse } from "../../shared/events";
import { JoinRequestSchema } from "../../shared/joinSchema";
import type { BoardSnapshot } from "../../shared/model";
import { OpRequestSchema } from "../../shared/ops";
import { resolveAuthor } from "../auth/authors";
import { secretMatchesHash } from "../auth/secrets";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { type CachedSnapshot, joinTail, type SnapshotCache } from "../store/SnapshotCache";
import { parseWith } from "../validation";
import { dropIfBacklogged, socketAddress } from "./guards";
import type { Presence } from "./presence";
import { createRateLimit, type KeyedRateLimit, type Rate } from "./rateLimit";
import { rawJson } from "./rawJson";
import { answerWithSharedTail, rememberAckIds } from "./sharedAnswer";
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
  rememberAckIds(socket);
  socket.on("board:join", (request, ack) => {
    if (typeof ack !== "function") return complainNoAck(socket, "board:join");
    // A refused join is retried by the client (it is not final), so it only slows a flood down.
    if (!allowJoin() || !limits.joinsByAddress.allow(address, joinCost(request, snapshots))) {
      return ack(rateLimited("Too many joins at once; the board opens again in a moment."));
    }
    // A socket that has not read the last answers gets no bigger backlog (LIMIT-4).
    if (dropIfBacklogged(socket, limits.backlogBytes)) return;
    try {
      const { response, shared } = join(socket, request, store, snapshots, presence);
      if (!shared || !response.ok) return ack(response);
      // The snapshot goes out as the same shared bytes for every joiner at this revision (LIMIT-2).
      const head = JSON.stringify([{ ...response, catchUp: { kind: "snapshot", snapshot: 0 } }]).slice(0, -4);
      answerWithSharedTail(socket, ack, head, joinTail(shared), () => response);
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

/** Bytes of snapshot that count as one join against an address's budget. */
const SNAPSHOT_BYTES_PER_JOIN = 256 * 1024;

/**
 * What a join costs from its address's budget: one, plus one per 256 KB of snapshot for a join that
 * asks for the whole board (priced by the board's last snapshot), so that snapshot floods are
 * limited by the bytes they make the server send, not by their number alone.
 */
function joinCost(request: unknown, snapshots: SnapshotCache): number {
  const { boardId, since } = (request ?? {}) as { boardId?: unknown; since?: unknown };
  if (since !== null || typeof boardId !== "string") return 1;
  return 1 + Math.floor(snapshots.lastSize(boardId) / SNAPSHOT_BYTES_PER_JOIN);
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
): { response: JoinResponse; shared?: CachedSnapshot } {
  const refuse = (refusal: Problem) => ({ response: { ok: false as const, problem: refusal } });
  const parsed = parseWith(JoinRequestSchema, request, "join request");
  if (!parsed.ok) return refuse(parsed.problem);
  const { boardId, since, moderatorKey, authorToken } = parsed.value;
  const keyHash = store.moderatorKeyHash(boardId);
  if (keyHash === undefined) return refuse(problem("unknown_board", "This board does not exist."));
  if (moderatorKey !== undefined && !secretMatchesHash(moderatorKey, keyHash)) {
    return refuse(problem("forbidden", "This moderator link is not valid for this board."));
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
  const joined = {
    ok: true as const,
    role: socket.data.role ?? "participant",
    authorId: author.authorId,
    authorToken: author.authorToken,
  };
  if (since !== null) {
    const changes = store.changesSince(boardId, since);
    if (changes) return { response: { ...joined, catchUp: { kind: "changes", changes } } };
  }
  // Built once per revision and shared by every joiner (LIMIT-2); as ready-made JSON where it is
  // sent as an ordinary message (RawJson).
  const shared = snapshots.get(boardId);
  if (!shared) throw new Error(`board ${boardId} vanished while joining`);
  const snapshot = rawJson<BoardSnapshot>(shared.json);
  return { response: { ...joined, catchUp: { kind: "snapshot", snapshot } }, shared };
}
