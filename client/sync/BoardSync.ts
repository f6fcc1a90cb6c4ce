import { type BoardState, stateFromSnapshot } from "../../shared/boardState";
import type { Committed } from "../../shared/changes";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import { RecordDraft } from "../../shared/core/recordView";
import type { Problem } from "../../shared/errors";
import type { CatchUp, JoinResponse, OpResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Actor, BoardSnapshot, Role } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { Backoff, FINAL_OP_ANSWERS } from "./backoff";
import { chained, heldProblem, holdOrphans, settleChain, unshownHeld } from "./editChains";
import { PendingOps } from "./pendingOps";
import { Predictions } from "./predictions";
import type { BoardClientSocket } from "./socket";
import type { KeyValueStorage, StorageWatch } from "./storage";

export type ConnectionStatus = "connecting" | "online" | "offline" | "failed";

/** Everything the UI shows about a board; a new object whenever anything in it changes. */
export interface SyncState {
  status: ConnectionStatus;
  /** What the user sees: the server's state with the user's unacknowledged ops applied on top. */
  board: BoardState | null;
  revision: number;
  role: Role | null;
  authorId: string | null;
  pendingCount: number;
  /** A passing failure (timeout, rate_limited, internal) held ops back; they are being sent again. */
  retrying: boolean;
  presence: number;
  /** Why the board cannot be shown (unknown board, bad moderator link), when status is failed. */
  failure: Problem | null;
  /** Errors answered to ops, newest last, for the UI to show once and drop. */
  problems: readonly { opId: string; op: Op; problem: Problem }[];
}

export interface BoardSyncOptions {
  socket: BoardClientSocket;
  boardId: string;
  storage: KeyValueStorage;
  /** The protocol version this page speaks; PROTOCOL_VERSION but in tests of an outdated page. */
  protocol?: number;
  moderatorKey?: string;
  ackTimeoutMs?: number;
  /**
   * Where the REST API lives ("" for the page's own origin). A first load fetches the snapshot there,
   * compressed and off the socket, then joins with its revision. Null joins for the snapshot instead.
   */
  apiBase?: string | null;
  /** Tells of other tabs' writes to storage, so ops they queued for this board are seen here too. */
  watchStorage?: StorageWatch;
}

const AUTHOR_TOKEN_KEY = "themenwand:authorToken";
const JOIN_RETRY_MS = 1_000;
/** Join answers that asking again cannot change; anything else (say internal) is retried. */
const PERMANENT_JOIN_FAILURES: ReadonlySet<string> = new Set([
  "unknown_board",
  "forbidden",
  "invalid_input",
  // Only a reload brings the newer page; pending ops stay in storage and are sent by it.
  "outdated_client",
]);

/**
 * The client half of the sync protocol (docs/ARCHITECTURE.md): applies committed changes strictly in
 * revision order, resyncs on a gap, catches up on reconnect, and re-sends unacknowledged ops with
 * their original ids until the server answers them. Knows nothing of React.
 */
export class BoardSync {
  private confirmed: BoardState | null = null;
  private revision = 0;
  private state: SyncState;
  /** Told of every change; `urgent` when it is what the user just did (see frameBatched). */
  private readonly listeners = new Set<(urgent: boolean) => void>();
  private readonly pending: PendingOps;
  private readonly predictions = new Predictions();
  private readonly inFlight = new Set<string>();
  private readonly waiters = new Map<string, (response: OpResponse) => void>();
  private joining = false;
  private joinAttempt = 0;
  private buffered: Committed[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly backoff = new Backoff();
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set when the predicted board must be made again before it is next shown (see getState). */
  private boardDue = false;
  /** Waits between attempts after the server refused the connection (1 s doubling up to 30 s). */
  private readonly reconnectBackoff = new Backoff(1_000);
  private readonly unwatch: () => void;

  constructor(private readonly options: BoardSyncOptions) {
    this.pending = new PendingOps(options.storage, options.boardId);
    this.state = {
      status: "connecting",
      board: null,
      revision: 0,
      role: null,
      authorId: null,
      pendingCount: this.pending.list().filter((entry) => !entry.blockedBy).length,
      retrying: false,
      presence: 0,
      failure: null,
      problems: [],
    };
    const { socket } = options;
    socket.on("connect", this.onConnect);
    socket.on("connect_error", this.onConnectError);
    socket.on("disconnect", this.onDisconnect);
    socket.on("changes", this.onChanges);
    socket.on("presence", this.onPresence);
    if (socket.connected) this.onConnect();
    this.unwatch = options.watchStorage?.(this.onStorage) ?? (() => {});
  }

  subscribe = (listener: (urgent: boolean) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The predicted board is made when someone asks for it, not on every message: a burst of answers,
   * frames or ops from another tab then costs one prediction per frame shown, not one per message.
   */
  getState = (): SyncState => {
    if (this.boardDue) {
      this.boardDue = false;
      if (this.predictions.stale) this.predictions.replay(this.confirmed, this.unblockedPending(), this.actor());
      this.state = { ...this.state, board: this.predictions.view() };
    }
    return this.state;
  };

  /**
   * Applies an op at once and sends it. The promise settles with the server's answer, which may
   * come much later (after a reconnect); the UI does not need to wait for it.
   */
  submit(op: Op): Promise<OpResponse> {
    const opId = newId();
    this.pending.add(chained(this.pending, { opId, op }, this.confirmed));
    const actor = this.actor();
    if (actor) this.predictions.push(opId, op, actor);
    else this.predictions.markStale();
    const answered = new Promise<OpResponse>((resolve) => this.waiters.set(opId, resolve));
    this.refresh(true);
    // While a backoff runs, only the new op goes now; the others wait for their turn.
    this.sendPending(this.retryTimer === undefined ? undefined : new Set([opId]));
    return answered;
  }

  /** Drops a shown problem, and the edits held back with it: their words went to the user. */
  dismissProblem(opId: string): void {
    for (const held of this.pending.list()) if (held.blockedBy === opId) this.pending.remove(held.opId);
    this.update({ problems: this.state.problems.filter((entry) => entry.opId !== opId) }, true);
    this.refresh(true);
  }

  /** The actor applyOp assumes for this user's optimistic ops. */
  actor(): Actor | null {
    return this.state.role ? { role: this.state.role, authorId: this.state.authorId } : null;
  }

  stop(): void {
    clearTimeout(this.retryTimer);
    clearTimeout(this.reconnectTimer);
    this.unwatch();
    const { socket } = this.options;
    socket.off("connect", this.onConnect);
    socket.off("connect_error", this.onConnectError);
    socket.off("disconnect", this.onDisconnect);
    socket.off("changes", this.onChanges);
    socket.off("presence", this.onPresence);
  }

  /** Another tab queued or settled ops of this board (SYNC-11): show what is pending now. */
  private onStorage = (key: string | null) => {
    if (key !== null && !key.startsWith(this.pending.prefix)) return;
    const { added, changed, removed, appended } = key === null ? this.pending.reload() : this.pending.reloadKey(key);
    // Removed there: acknowledged (its change arrives here too, or already did) or dropped.
    for (const opId of removed) this.predictions.dropped(opId);
    for (const entry of changed) if (entry.blockedBy) this.predictions.dropped(entry.opId);
    const actor = this.actor();
    if (!appended || !actor) this.predictions.markStale();
    else for (const { opId, op, blockedBy } of added) if (!blockedBy) this.predictions.push(opId, op, actor);
    // Shown here, but sent by the tab that queued them while it is open; this one sends them on its
    // next (re)join or retry, should that tab be gone by then.
    this.refresh();
  };

  private onConnect = () => {
    this.reconnectBackoff.reset();
    this.update({ status: "connecting" });
    void this.join();
  };

  /**
   * A connection the server refused in its connect middleware (too many from one address, LIMIT-5) is
   * not retried by Socket.IO on its own: ask again after a backoff, so the page never waits for good.
   */
  private onConnectError = () => {
    const { socket } = this.options;
    if (socket.active || this.reconnectTimer !== undefined) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!socket.connected && !socket.active) socket.connect();
    }, this.reconnectBackoff.next());
  };

  private onDisconnect = () => {
    this.inFlight.clear();
    this.joining = false;
    if (this.state.status !== "failed") this.update({ status: "offline" });
  };

  private onPresence = ({ count }: { count: number }) => this.update({ presence: count });

  private onChanges = (batch: Committed[]) => {
    if (this.joining || !this.confirmed) {
      this.buffered.push(...batch);
      return;
    }
    if (!this.applyCommitted(batch)) void this.join();
    this.refresh();
  };

  private async join(): Promise<void> {
    const { socket, boardId, moderatorKey, storage } = this.options;
    this.joining = true;
    const attempt = ++this.joinAttempt;
    if (!this.confirmed) await this.loadSnapshot();
    // A reconnect may have started a newer join while the snapshot was on its way.
    if (attempt !== this.joinAttempt || !socket.connected) return;
    const authorToken = storage.getItem(AUTHOR_TOKEN_KEY) ?? undefined;
    socket.emit(
      "board:join",
      {
        boardId,
        since: this.confirmed ? this.revision : null,
        moderatorKey,
        authorToken,
        protocol: this.options.protocol ?? PROTOCOL_VERSION,
      },
      (response: JoinResponse) => {
        if (attempt === this.joinAttempt) this.onJoined(response);
      },
    );
  }

  /** A big board's snapshot is far smaller compressed over HTTP than as a socket message. */
  private async loadSnapshot(): Promise<void> {
    const { apiBase, boardId } = this.options;
    if (apiBase === null || apiBase === undefined) return;
    try {
      // The same eyes as the join: moderator key and author token, so the snapshot holds what this
      // user may see (VIS-4), and the join after it only what happened since.
      const headers: Record<string, string> = {};
      const authorToken = this.options.storage.getItem(AUTHOR_TOKEN_KEY);
      if (this.options.moderatorKey) headers["X-Moderator-Key"] = this.options.moderatorKey;
      if (authorToken) headers["X-Author-Token"] = authorToken;
      const response = await fetch(`${apiBase}/api/boards/${encodeURIComponent(boardId)}`, { headers });
      // Any failure (unknown board, server gone) is left to the join, which answers with a typed problem.
      if (!response.ok) return;
      const snapshot = (await response.json()) as BoardSnapshot;
      if (this.confirmed) return;
      this.confirmed = stateFromSnapshot(snapshot);
      this.predictions.markStale();
      this.revision = snapshot.revision;
    } catch {
      // Offline or interrupted: the socket join brings a snapshot instead.
    }
  }

  private onJoined(response: JoinResponse): void {
    this.joining = false;
    if (!response.ok) {
      if (PERMANENT_JOIN_FAILURES.has(response.problem.code)) {
        this.update({ status: "failed", failure: response.problem });
        return;
      }
      // A server shutting down or briefly failing: stay "connecting" and ask again.
      this.update({ status: "connecting" });
      setTimeout(() => {
        if (this.options.socket.connected && !this.joining) void this.join();
      }, JOIN_RETRY_MS);
      return;
    }
    this.options.storage.setItem(AUTHOR_TOKEN_KEY, response.authorToken);
    this.catchUp(response.catchUp);
    const buffered = this.buffered;
    this.buffered = [];
    const inOrder = this.applyCommitted(buffered);
    // Another role or author predicts the pending ops differently (say, what they may change).
    if (response.role !== this.state.role || response.authorId !== this.state.authorId) this.predictions.markStale();
    this.update({ status: "online", role: response.role, authorId: response.authorId, failure: null });
    if (!inOrder) {
      void this.join();
      return;
    }
    this.showHeld();
    this.refresh();
    // A fresh connection: whatever failed before is sent again at once.
    this.backoff.reset();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.sendPending();
  }

  private catchUp(catchUp: CatchUp): void {
    if (catchUp.kind === "snapshot") {
      const snapshot = JSON.parse(catchUp.snapshotJson) as BoardSnapshot;
      this.confirmed = stateFromSnapshot(snapshot);
      this.predictions.markStale();
      this.revision = snapshot.revision;
      return;
    }
    this.applyCommitted(catchUp.changes);
  }

  /** Applies changes in revision order; false when one is missing (a gap: the caller resyncs). */
  private applyCommitted(batch: readonly Committed[]): boolean {
    if (!this.confirmed) return batch.length === 0;
    const sorted = [...batch].sort((a, b) => a.revision - b.revision);
    // One draft for the whole batch: a frame of 200 changes copies the board once, not 200 times.
    const confirmed = new RecordDraft(this.confirmed);
    let inOrder = true;
    for (const committed of sorted) {
      if (committed.revision <= this.revision) continue;
      if (committed.revision !== this.revision + 1) {
        inOrder = false;
        break;
      }
      this.predictions.committed(committed, confirmed);
      confirmed.apply(committed.writes);
      this.revision = committed.revision;
      // The op may have been committed while its acknowledgement was lost: it is done.
      this.settle(committed.opId, { ok: true, committed });
    }
    const next = confirmed.result();
    this.confirmed = next;
    this.predictions.confirmedAt(next);
    return inOrder;
  }

  /** Sends the pending ops that may go (or only those given) and are not on their way already. */
  private sendPending(only?: ReadonlySet<string>): void {
    const { socket } = this.options;
    if (this.state.status !== "online" || !socket.connected) return;
    for (const { opId, op, after, blockedBy } of this.pending.list()) {
      if (this.inFlight.has(opId) || after || blockedBy || (only && !only.has(opId))) continue;
      this.inFlight.add(opId);
      socket
        .timeout(this.options.ackTimeoutMs ?? 10_000)
        .emit("op", { opId, op }, (error: Error | null, response: OpResponse) => {
          this.inFlight.delete(opId);
          if (error)
            this.retryLater(); // No answer in time: still pending, sent again.
          else this.onAnswered(opId, op, response);
        });
    }
  }

  /** Sends the ops still pending again after the next backoff wait (SYNC-10). */
  private retryLater(): void {
    if (this.retryTimer === undefined) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.sendPending();
      }, this.backoff.next());
    }
    if (!this.state.retrying) this.update({ retrying: true });
  }

  private onAnswered(opId: string, op: Op, response: OpResponse): void {
    // A passing failure (throttled, the server briefly failing, an unknown code): not an answer
    // about the op itself, which stays pending and is sent again after a backoff.
    if (!response.ok && !FINAL_OP_ANSWERS.has(response.problem.code)) {
      this.retryLater();
      return;
    }
    if (response.ok) {
      this.backoff.reset();
      if (this.state.retrying && this.retryTimer === undefined) this.update({ retrying: false });
      if (!this.applyCommitted([response.committed])) void this.join();
      this.settle(opId, response);
    } else {
      // The user gets back their newest words: those of the last edit held back behind this one.
      const newest = this.settle(opId, response).at(-1)?.op ?? op;
      this.update({ problems: [...this.state.problems, { opId, op: newest, problem: response.problem }] });
    }
    this.refresh();
  }

  /** Ends an op, and rebases (and sends) or holds back the edits queued on it (SYNC-9). */
  private settle(opId: string, response: OpResponse) {
    if (this.pending.remove(opId)) this.resolve(opId, response);
    this.predictions.dropped(opId);
    this.inFlight.delete(opId);
    const { released, held } = settleChain(this.pending, opId, response);
    for (const { opId: heldId } of held) {
      this.predictions.dropped(heldId);
      this.resolve(heldId, response);
    }
    if (released.length > 0) this.sendPending(new Set(released));
    return held;
  }

  private resolve(opId: string, response: OpResponse): void {
    const waiter = this.waiters.get(opId);
    this.waiters.delete(opId);
    waiter?.(response);
  }

  /** Edits held back and not shown (after a reload, or orphaned) are shown again as problems. */
  private showHeld(): void {
    for (const opId of holdOrphans(this.pending)) this.predictions.dropped(opId);
    const unshown = unshownHeld(this.pending, new Set(this.state.problems.map((entry) => entry.opId)));
    if (unshown.size === 0) return;
    const problems = [...unshown].map(([opId, op]) => ({ opId, op, problem: heldProblem(op, this.confirmed) }));
    this.update({ problems: [...this.state.problems, ...problems] });
  }

  /**
   * Publishes what the user sees: confirmed state plus the pending ops, predicted by applyOp. The
   * predictions follow each change incrementally; only when that cannot be done are all pending ops
   * replayed, once per message (SYNC-12).
   */
  private refresh(urgent = false): void {
    const pending = this.unblockedPending();
    this.boardDue = true;
    this.update(
      {
        revision: this.revision,
        pendingCount: pending.length,
        retrying: pending.length > 0 && this.state.retrying,
      },
      urgent,
    );
  }

  private unblockedPending() {
    return this.pending.list().filter((entry) => !entry.blockedBy);
  }

  private update(patch: Partial<SyncState>, urgent = false): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(urgent);
  }
}
