import { applyChange, type BoardState, stateFromSnapshot } from "../../shared/boardState";
import type { Committed } from "../../shared/changes";
import type { Problem } from "../../shared/errors";
import type { CatchUp, JoinResponse, OpResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Actor, BoardSnapshot, Role } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { Backoff, FINAL_OP_ANSWERS } from "./backoff";
import { committedVersion, editedEntity, isTextEdit, rebased, versionIn } from "./editChains";
import { type PendingOp, PendingOps } from "./pendingOps";
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
const PERMANENT_JOIN_FAILURES: ReadonlySet<string> = new Set(["unknown_board", "forbidden", "invalid_input"]);

/**
 * The client half of the sync protocol (docs/ARCHITECTURE.md): applies committed changes strictly in
 * revision order, resyncs on a gap, catches up on reconnect, and re-sends unacknowledged ops with
 * their original ids until the server answers them. Knows nothing of React.
 */
export class BoardSync {
  private confirmed: BoardState | null = null;
  private revision = 0;
  private state: SyncState;
  private readonly listeners = new Set<() => void>();
  private readonly pending: PendingOps;
  private readonly predictions = new Predictions();
  private readonly inFlight = new Set<string>();
  private readonly waiters = new Map<string, (response: OpResponse) => void>();
  private joining = false;
  private joinAttempt = 0;
  private buffered: Committed[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly backoff = new Backoff();
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
    socket.on("disconnect", this.onDisconnect);
    socket.on("changes", this.onChanges);
    socket.on("presence", this.onPresence);
    if (socket.connected) this.onConnect();
    this.unwatch = options.watchStorage?.(this.onStorage) ?? (() => {});
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SyncState => this.state;

  /**
   * Applies an op at once and sends it. The promise settles with the server's answer, which may
   * come much later (after a reconnect); the UI does not need to wait for it.
   */
  submit(op: Op): Promise<OpResponse> {
    const opId = newId();
    this.pending.add(this.chained({ opId, op }));
    const actor = this.actor();
    if (actor) this.predictions.push(opId, op, actor);
    else this.predictions.markStale();
    const answered = new Promise<OpResponse>((resolve) => this.waiters.set(opId, resolve));
    this.refresh();
    this.sendPending();
    return answered;
  }

  /** Drops a shown problem, and the edits held back with it: their words went to the user. */
  dismissProblem(opId: string): void {
    for (const held of this.pending.list()) if (held.blockedBy === opId) this.pending.remove(held.opId);
    this.update({ problems: this.state.problems.filter((entry) => entry.opId !== opId) });
    this.refresh();
  }

  /**
   * SYNC-9: a text edit based on the predicted version of a still pending edit of the same entity
   * waits for that one. The user's new words also replace words held back by a conflict there.
   */
  private chained(entry: PendingOp): PendingOp {
    const { op } = entry;
    if (!isTextEdit(op)) return entry;
    const entity = editedEntity(op);
    const sameEntity = (other: PendingOp) => isTextEdit(other.op) && editedEntity(other.op) === entity;
    for (const held of this.pending.list()) if (held.blockedBy && sameEntity(held)) this.pending.remove(held.opId);
    const predecessor = this.pending.list().findLast(sameEntity);
    // Based on what the server committed (the user saw it): nothing to wait for.
    if (!predecessor || op.baseVersion === versionIn(this.confirmed, op)) return entry;
    return { ...entry, after: predecessor.opId };
  }

  /** The actor applyOp assumes for this user's optimistic ops. */
  actor(): Actor | null {
    return this.state.role ? { role: this.state.role, authorId: this.state.authorId } : null;
  }

  stop(): void {
    clearTimeout(this.retryTimer);
    this.unwatch();
    const { socket } = this.options;
    socket.off("connect", this.onConnect);
    socket.off("disconnect", this.onDisconnect);
    socket.off("changes", this.onChanges);
    socket.off("presence", this.onPresence);
  }

  /** Another tab queued or settled ops of this board (SYNC-11): show and send what is pending now. */
  private onStorage = (key: string | null) => {
    if (key !== null && !key.startsWith(this.pending.prefix)) return;
    this.pending.reload();
    this.predictions.markStale();
    this.refresh();
    this.sendPending();
  };

  private onConnect = () => {
    this.update({ status: "connecting" });
    void this.join();
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
      { boardId, since: this.confirmed ? this.revision : null, moderatorKey, authorToken },
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
      const response = await fetch(`${apiBase}/api/boards/${encodeURIComponent(boardId)}`);
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
    this.adoptOrphans();
    this.refresh();
    // A fresh connection: whatever failed before is sent again at once.
    this.backoff.reset();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.sendPending();
  }

  private catchUp(catchUp: CatchUp): void {
    if (catchUp.kind === "snapshot") {
      this.confirmed = stateFromSnapshot(catchUp.snapshot);
      this.predictions.markStale();
      this.revision = catchUp.snapshot.revision;
      return;
    }
    this.applyCommitted(catchUp.changes);
  }

  /** Applies changes in revision order; false when one is missing (a gap: the caller resyncs). */
  private applyCommitted(batch: readonly Committed[]): boolean {
    if (!this.confirmed) return batch.length === 0;
    const sorted = [...batch].sort((a, b) => a.revision - b.revision);
    for (const committed of sorted) {
      if (committed.revision <= this.revision) continue;
      if (committed.revision !== this.revision + 1) return false;
      const before = this.confirmed;
      this.confirmed = applyChange(before, committed.change);
      this.predictions.committed(committed, before, this.confirmed);
      this.revision = committed.revision;
      // The op may have been committed while its acknowledgement was lost: it is done.
      this.settle(committed.opId, { ok: true, committed });
    }
    return true;
  }

  private sendPending(): void {
    const { socket } = this.options;
    if (this.state.status !== "online" || !socket.connected) return;
    for (const { opId, op, after, blockedBy } of this.pending.list()) {
      if (this.inFlight.has(opId) || after || blockedBy) continue;
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
      const newest = this.settle(opId, response) ?? op;
      this.update({ problems: [...this.state.problems, { opId, op: newest, problem: response.problem }] });
    }
    this.refresh();
    this.sendPending();
  }

  /**
   * Ends an op. Edits queued on it are rebased onto the version the server committed for it, or,
   * when it was refused, held back for the user (SYNC-9); returns the newest op held back.
   */
  private settle(opId: string, response: OpResponse): Op | undefined {
    if (this.pending.remove(opId)) this.resolve(opId, response);
    this.predictions.dropped(opId);
    this.inFlight.delete(opId);
    const version = response.ok ? committedVersion(response.committed.change) : undefined;
    const behind = new Set([opId]);
    let newest: Op | undefined;
    for (const entry of this.pending.list()) {
      if (!entry.after || !behind.has(entry.after)) continue;
      if (entry.after === opId && version !== undefined && isTextEdit(entry.op)) {
        this.pending.update({ opId: entry.opId, op: rebased(entry.op, version) });
        continue;
      }
      if (response.ok) continue;
      behind.add(entry.opId);
      this.pending.update({ opId: entry.opId, op: entry.op, blockedBy: opId });
      this.predictions.dropped(entry.opId);
      this.resolve(entry.opId, response);
      newest = entry.op;
    }
    return newest;
  }

  private resolve(opId: string, response: OpResponse): void {
    const waiter = this.waiters.get(opId);
    this.waiters.delete(opId);
    waiter?.(response);
  }

  /**
   * After a reload (or another tab's acknowledgement) an edit may wait on one that is no longer
   * pending, whose committed version this page never learnt. It cannot be rebased safely, so it is
   * held back like one behind a conflict; held-back edits without a shown problem are shown again.
   */
  private adoptOrphans(): void {
    const pendingIds = new Set(this.pending.list().map((entry) => entry.opId));
    for (const entry of this.pending.list()) {
      if (entry.after && !pendingIds.has(entry.after)) {
        this.pending.update({ opId: entry.opId, op: entry.op, blockedBy: entry.opId });
        this.predictions.dropped(entry.opId);
      }
    }
    const shown = new Set(this.state.problems.map((entry) => entry.opId));
    const newestHeld = new Map<string, Op>();
    for (const entry of this.pending.list()) {
      if (entry.blockedBy && !shown.has(entry.blockedBy)) newestHeld.set(entry.blockedBy, entry.op);
    }
    if (newestHeld.size === 0) return;
    const problems = [...newestHeld].map(([opId, op]) => ({ opId, op, problem: this.heldProblem(op) }));
    this.update({ problems: [...this.state.problems, ...problems] });
  }

  private heldProblem(op: Op): Problem {
    const board = this.confirmed;
    const current =
      op.type === "card.edit"
        ? board?.cards[op.cardId]
        : op.type === "column.rename"
          ? board?.columns[op.columnId]
          : board?.board;
    if (!current) return { code: "not_found", message: "This no longer exists." };
    return { code: "conflict", message: "This was saved meanwhile by someone else.", current };
  }

  /**
   * Publishes what the user sees: confirmed state plus the pending ops, predicted by applyOp. The
   * predictions follow each change incrementally; only when that cannot be done are all pending ops
   * replayed, once per message (SYNC-12).
   */
  private refresh(): void {
    const pending = this.pending.list().filter((entry) => !entry.blockedBy);
    if (this.predictions.stale) this.predictions.replay(this.confirmed, pending, this.actor());
    this.update({
      board: this.predictions.view(),
      revision: this.revision,
      pendingCount: pending.length,
      retrying: pending.length > 0 && this.state.retrying,
    });
  }

  private update(patch: Partial<SyncState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
