import type { ProtocolRange } from "../../shared/core/protocol";
import type { Viewer } from "../../shared/core/visibility";
import { EditingRequestSchema } from "../../shared/editing";
import { problem } from "../../shared/errors";
import type { CatchUp, JoinResponse, OpResponse } from "../../shared/events";
import { JoinRequestSchema } from "../../shared/joinSchema";
import { addressBucketOf } from "../auth/addressBucket";
import { resolveAuthor } from "../auth/authors";
import { roleForKeys } from "../auth/roleForKeys";
import type { BoardExpiry } from "../core/boardExpiry";
import type { BoardModel } from "../core/boardModel";
import { committedFor } from "../core/exit";
import type { SnapshotCache } from "../core/snapshotCache";
import { inviteOfKey } from "../features/comoderators/inviteKeys";
import { enterInviteRoom } from "../features/comoderators/revocation";
import { checkedLinkKey } from "../features/links/linkAccess";
import { linksOnlyRefusal } from "../features/links/linksOnly";
import { errorFields, log } from "../observability/logger";
import type { Metrics } from "../observability/metrics";
import { type GroupCommitter, PASSING_COMMIT_FAILURES } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { StoreUnavailableError } from "../store/StoreUnavailableError";
import { parseWith } from "../validation";
import type { AnswerPacer } from "./answerPacer";
import { enterBoardRooms, leaveBoardRooms } from "./audiences";
import type { EditingPresence } from "./editingPresence";
import { dropIfBacklogged, socketAddress } from "./guards";
import { OpOrder, opIdOf } from "./opOrder";
import type { Presence } from "./presence";
import { createRateLimit, type KeyedRateLimit, type Rate } from "./rateLimit";
import type { BoardSocket } from "./types";

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
  editing: EditingPresence;
  snapshots: SnapshotCache;
  model: BoardModel;
  limits: SocketLimits;
  pacer: AnswerPacer;
  protocol: ProtocolRange;
  metrics?: Metrics;
  expiry?: BoardExpiry;
}

const KNOWN_EVENTS = new Set(["board:join", "op", "editing"]);

const rateLimited = (message: string) => ({ ok: false as const, problem: problem("rate_limited", message) });

/** Wires one connection: joining a board, sending ops, and typed errors for anything malformed. */
export function handleConnection(socket: BoardSocket, deps: Deps): void {
  const { committer, presence, editing, model, limits, snapshots } = deps;
  const allowOp = createRateLimit();
  // A browser tells what it edits when an editor opens or closes: a few times a second at most.
  const allowEditing = createRateLimit(5, 20);
  const allowJoin = createRateLimit(limits.socketJoins.perSecond, limits.socketJoins.burst);
  const address = socketAddress(socket);
  const order = new OpOrder();

  socket.on("board:join", (request, answer) => {
    if (typeof answer !== "function") return complainNoAck(socket, "board:join");
    const ack = counted(answer, deps.metrics);
    // A refused join is retried by the client (it is not final), so it only slows a flood down.
    if (!allowJoin() || !limits.joinsByAddress.allow(address, joinCost(request, snapshots))) {
      return ack(rateLimited("Too many joins at once; the board opens again in a moment."));
    }
    // A socket that has not read the last answers gets no bigger backlog (LIMIT-4).
    if (dropIfBacklogged(socket, limits.backlogBytes)) return;
    join(socket, request, deps).then(ack, (error) => {
      // Neither answer is final for the client: it joins again shortly (SCALE-3).
      if (error instanceof StoreUnavailableError) {
        return ack({ ok: false, problem: problem("store_unavailable", "The server cannot reach its database.") });
      }
      log.error({ err: errorFields(error) }, "join failed");
      ack({ ok: false, problem: problem("internal", "The server could not open this board.") });
    });
  });

  socket.on("op", (request, answer) => {
    if (typeof answer !== "function") return complainNoAck(socket, "op");
    const ack = counted(answer, deps.metrics);
    const { boardId, role, authorId, moderatorInviteId, scope, link } = socket.data;
    if (!boardId || !role) {
      return ack({ ok: false, problem: problem("not_joined", "Join a board before sending changes.") });
    }
    // In order (SYNC-15), per connection (VAL-5), then per address for all its sockets (LIMIT-5).
    const requestedId = opIdOf(request);
    if (order.holds(requestedId) || !allowOp() || !limits.opsByAddress.allow(address)) {
      order.refused(requestedId);
      return ack(rateLimited("Too many changes at once; they are sent again shortly."));
    }
    const parsed = parseWith(model.opRequestSchema, request, "op");
    if (!parsed.ok) return ack({ ok: false, problem: parsed.problem } satisfies OpResponse);
    const { opId, op } = parsed.value;
    const viewer: Viewer = { role, authorId: authorId ?? null };
    // A link holder's op carries their link: the rule book allows only its ops while it stands (LINK-4, LINK-5).
    const actor = {
      ...viewer,
      addressBucket: addressBucketOf(boardId, address),
      ...(moderatorInviteId ? { moderatorInviteId } : {}),
      ...(scope ? { scope, link } : {}),
    };
    // The committer answers as this sender may read it (VIS-7), like every frame.
    committer.submit({ boardId, opId, op, actor }).then((response) => {
      if (!response.ok && PASSING_COMMIT_FAILURES.has(response.problem.code)) order.refused(opId);
      ack(response);
    });
  });

  socket.on("editing", (request) => {
    const { boardId } = socket.data;
    if (!boardId) return socket.emit("problem", problem("not_joined", "Join a board before saying what you edit."));
    if (!allowEditing()) return socket.emit("problem", problem("rate_limited", "Too many editing notices at once."));
    const parsed = parseWith(EditingRequestSchema, request, "editing notice");
    if (!parsed.ok) return socket.emit("problem", parsed.problem);
    editing.set(socket, boardId, parsed.value);
  });

  socket.onAny((event: unknown) => {
    if (typeof event === "string" && KNOWN_EVENTS.has(event)) return;
    socket.emit("problem", problem("unknown_event", `Unknown event ${JSON.stringify(String(event)).slice(0, 80)}.`));
  });

  socket.on("disconnect", () => {
    if (!socket.data.boardId) return;
    presence.changed(socket.data.boardId);
    editing.leave(socket, socket.data.boardId);
  });
}

/**
 * Bytes of snapshot that count as one join against an address's budget. Browsers load the snapshot
 * over HTTP first and join with a revision (cost 1), so only a fallback or a flood pays this.
 */
const SNAPSHOT_BYTES_PER_JOIN = 64 * 1024;

/**
 * What a join costs from its address's budget: one, plus one per 64 KB of snapshot for a join that
 * asks for the whole board (priced by the board's last snapshot), so that snapshot floods are
 * limited by the bytes they make the server send, not by their number alone.
 */
function joinCost(request: unknown, snapshots: SnapshotCache): number {
  const { boardId, since } = (request ?? {}) as { boardId?: unknown; since?: unknown };
  if (since !== null || typeof boardId !== "string") return 1;
  return 1 + Math.floor(snapshots.lastSize(boardId) / SNAPSHOT_BYTES_PER_JOIN);
}

/** An acknowledgement that counts the problems it answers (OBS-2). */
function counted<A extends { ok: boolean; problem?: { code: string } }>(ack: (answer: A) => void, metrics?: Metrics) {
  return (answer: A) => {
    if (!answer.ok && answer.problem) metrics?.problemAnswered(answer.problem.code, "socket");
    ack(answer);
  };
}

function complainNoAck(socket: BoardSocket, event: string): void {
  socket.emit("problem", problem("invalid_input", `The ${event} event needs an acknowledgement callback.`));
}

async function join(socket: BoardSocket, request: unknown, deps: Deps): Promise<JoinResponse> {
  const { store, presence, editing } = deps;
  const parsed = parseWith(JoinRequestSchema, request, "join request");
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { boardId, since, moderatorKey, authorToken, protocol, linkKey } = parsed.value;
  // A newer page is welcome: it learns this server's version and holds the ops it brought along (PROTO-2).
  if (protocol < deps.protocol.minClient) {
    return { ok: false, problem: problem("outdated_client", "This page is older than the server: reload it.") };
  }
  const keys = await roleForKeys(store, boardId, { moderatorKey });
  if (!keys.ok) return { ok: false, problem: keys.problem };
  const findRecord = async (type: string, id: string) => (await deps.snapshots.storedRecord(boardId, type, id))?.record;
  const link = await checkedLinkKey(linkKey, findRecord);
  if (!link.ok) return { ok: false, problem: link.problem };
  // A special link wins over a moderator key: its holder is a participant with the link's scope (LINK-3).
  const role = link.access ? "participant" : keys.value.role;
  const moderatorInviteId = link.access ? undefined : keys.value.moderatorInviteId;
  const closed = await linksOnlyRefusal(findRecord, { role, ...link.access });
  if (closed) return { ok: false, problem: closed };
  const author = resolveAuthor(boardId, authorToken);
  const previous = socket.data.boardId;
  if (previous) {
    editing.leave(socket, previous);
    leaveBoardRooms(socket, previous);
    if (previous !== boardId) presence.changed(previous);
  }
  if (moderatorInviteId && moderatorKey) {
    // On no board while the link is looked up again: its ops wait, it hears nothing.
    socket.data = { editorKey: socket.data.editorKey };
    if (!(await stillInvited(socket, store, boardId, moderatorKey, moderatorInviteId))) {
      return { ok: false, problem: problem("forbidden", "This moderator link was revoked.") };
    }
  }
  const viewer: Viewer = {
    role,
    authorId: author.authorId,
    ...(link.access ? { scope: link.access.scope } : {}),
  };
  socket.data = { boardId, role, authorId: author.authorId, moderatorInviteId, editorKey: socket.data.editorKey };
  if (link.access) Object.assign(socket.data, link.access);
  // Join the rooms before reading the catch-up: a change committed in between arrives twice, which
  // the client ignores by revision, rather than not at all.
  enterBoardRooms(socket, boardId, viewer, link.access?.link.id);
  // LINK-5: a revoke committed while this join checked the key cut off the link's room without this socket.
  if (link.access && !(await checkedLinkKey(linkKey, findRecord)).ok) {
    leaveBoardRooms(socket, boardId);
    socket.data = { editorKey: socket.data.editorKey };
    return { ok: false, problem: problem("forbidden", "This link is not valid for this board.") };
  }
  // LINK-7: a switch to links-only committed while this join was checked cut off the participants' room without this socket.
  const closedMeanwhile = !link.access && role === "participant" && (await linksOnlyRefusal(findRecord, { role }));
  if (closedMeanwhile) {
    leaveBoardRooms(socket, boardId);
    socket.data = { editorKey: socket.data.editorKey };
    return { ok: false, problem: closedMeanwhile };
  }
  presence.changed(boardId);
  presence.tell(boardId, (count) => socket.emit("presence", { count }));
  editing.tell(socket, boardId);
  return {
    ok: true,
    role: viewer.role,
    ...(viewer.scope ? { scope: viewer.scope } : {}),
    authorId: author.authorId,
    authorToken: author.authorToken,
    protocol: deps.protocol.version,
    catchUp: await catchUp(deps, boardId, since, viewer),
    ...(deps.expiry ? { expiry: await deps.expiry.noticeFor(boardId) } : {}),
    ...(moderatorInviteId ? { moderatorInviteId } : {}),
  };
}

/**
 * A co-moderator link revoked while its join was being checked: the revocation cut off the sockets in
 * the link's room before this one entered it. So the socket enters that room first, then the link is
 * looked up again, and only then does it enter the board's rooms (nothing awaited in between): a
 * revocation is either seen here or cuts the socket off (COMOD-3).
 */
async function stillInvited(
  socket: BoardSocket,
  store: BoardStore,
  boardId: string,
  moderatorKey: string,
  moderatorInviteId: string,
): Promise<boolean> {
  enterInviteRoom(socket, boardId, moderatorInviteId);
  if ((await inviteOfKey(store, boardId, moderatorKey)) === moderatorInviteId) return true;
  leaveBoardRooms(socket, boardId);
  socket.data = { editorKey: socket.data.editorKey };
  return false;
}

async function catchUp(
  { store, snapshots, model, pacer }: Deps,
  boardId: string,
  since: number | null,
  viewer: Viewer,
): Promise<CatchUp> {
  if (since !== null) {
    const changes = await store.changesSince(boardId, since);
    if (changes) return { kind: "changes", changes: committedFor(changes, viewer, model) };
  }
  // Built once per board, revision and audience and shared by every joiner (LIMIT-2); sent as text,
  // which Socket.IO copies into the message instead of walking thousands of records again.
  const snapshotJson = await snapshots.snapshotJsonFor(boardId, viewer);
  if (snapshotJson === undefined) throw new Error(`board ${boardId} vanished while joining`);
  await pacer.whenFree(snapshotJson.length);
  return { kind: "snapshot", snapshotJson };
}
