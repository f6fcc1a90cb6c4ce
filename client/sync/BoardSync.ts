import type { Committed } from "../../shared/changes";
import { introducedIn, type OpVersions } from "../../shared/core/protocol";
import { problem } from "../../shared/errors";
import type { JoinResponse, OpResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Actor, BoardSnapshot } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { ensureAuthorToken } from "./authorToken";
import { FINAL_OP_ANSWERS } from "./backoff";
import { onRulesAdded } from "./clientRules";
import { ConfirmedBoard } from "./confirmedBoard";
import { chained, heldProblem, holdOrphans, settleChain, unshownHeld } from "./editChains";
import { EditingChannel } from "./editingChannel";
import { fetchSnapshot } from "./firstLoad";
import { caughtUp, joinedAsAnother, joinedState, keepIssuedAuthorToken, serverProtocolOf } from "./joinAnswer";
import { isFinalJoinFailure, JOIN_RETRY_MS, joinRequestOf, readAuthorToken } from "./joinRequest";
import { keepConnecting } from "./keepConnecting";
import { forgetBoard } from "./knownBoards";
import { OpSender } from "./opSender";
import { registeredOpVersions } from "./opTraits";
import { takeOtherTabsOps } from "./otherTabs";
import { PendingOps } from "./pendingOps";
import { Predictions } from "./predictions";
import type { BoardClientSocket } from "./socket";
import type { KeyValueStorage, StorageWatch } from "./storage";
import { type SyncState, startingState } from "./syncState";

export interface BoardSyncOptions {
  socket: BoardClientSocket;
  boardId: string;
  storage: KeyValueStorage;
  /** The protocol version this page speaks; PROTOCOL_VERSION but in tests of an outdated page. */
  protocol?: number;
  /** Which protocol version introduced which op (PROTO-2); the features' own (opTraits) but in tests. */
  opVersions?: OpVersions;
  moderatorKey?: string;
  /** A special link's key (LINK-3): the page reads and posts only what the link opens. */
  linkKey?: string;
  ackTimeoutMs?: number;
  /**
   * Where the REST API lives ("" for the page's own origin). A first load fetches the snapshot there,
   * compressed and off the socket, then joins with its revision. Null joins for the snapshot instead.
   */
  apiBase?: string | null;
  /** Tells of other tabs' writes to storage, so ops they queued for this board are seen here too. */
  watchStorage?: StorageWatch;
}

/** What a board's actions need of its engine (client/features/board/boardActions.ts). */
export type SyncEngine = Pick<BoardSync, "getState" | "submit" | "dismissProblem">;

/**
 * The client half of the sync protocol (docs/ARCHITECTURE.md): applies committed changes strictly in
 * revision order, resyncs on a gap that does not close by itself (SCALE-4), catches up on reconnect, and re-sends unacknowledged ops with
 * their original ids until the server answers them. Knows nothing of React.
 */
export class BoardSync {
  private state: SyncState;
  /** Told of every change; `urgent` when it is what the user just did (see frameBatched). */
  private readonly listeners = new Set<(urgent: boolean) => void>();
  private readonly pending: PendingOps;
  private readonly predictions = new Predictions();
  private readonly waiters = new Map<string, (response: OpResponse) => void>();
  private joining = false;
  private joinAttempt = 0;
  private buffered: Committed[] = [];
  /** What the server committed, in revision order; a lasting gap resyncs. */
  private readonly board = new ConfirmedBoard(() => {
    if (!this.joining && this.options.socket.connected) void this.join();
  });
  private readonly sender: OpSender;
  /** Who else edits which cards, and what this page edits (PRES-EDIT-1). */
  readonly editing: EditingChannel;
  /** The protocol version of the server joined last (PROTO-2): newer ops wait for its update. */
  private serverProtocol = 0;
  /** Set when the predicted board must be made again before it is next shown (see getState). */
  private boardDue = false;
  private readonly unwatch: () => void;
  private readonly stopConnecting: () => void;
  private readonly stopWatchingRules: () => void;

  constructor(private readonly options: BoardSyncOptions) {
    this.pending = new PendingOps(options.storage, options.boardId);
    this.state = startingState(this.unblockedPending().length);
    const { socket } = options;
    this.stopConnecting = keepConnecting(socket);
    this.sender = new OpSender({
      socket,
      ackTimeoutMs: options.ackTimeoutMs ?? 10_000,
      pending: () => this.pending.list(),
      maySend: () => this.state.status === "online" && socket.connected,
      understood: (op) => introducedIn(op, options.opVersions ?? registeredOpVersions()) <= this.serverProtocol,
      answered: (opId, op, response) => this.onAnswered(opId, op, response),
      retrying: (retrying) => {
        if (this.state.retrying !== retrying) this.update({ retrying });
      },
    });
    this.editing = new EditingChannel(socket);
    socket.on("connect", this.onConnect);
    socket.on("disconnect", this.onDisconnect);
    socket.on("changes", this.onChanges);
    socket.on("presence", this.onPresence);
    socket.on("board:deleted", this.onDeleted);
    socket.on("moderator:revoked", this.onRevoked);
    if (socket.connected) this.onConnect();
    this.unwatch = options.watchStorage?.(this.onStorage) ?? (() => {});
    // A feature's rules arrived (its view loaded): pending ops of that feature can be predicted now.
    this.stopWatchingRules = onRulesAdded(() => {
      this.predictions.markStale();
      this.refresh();
    });
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
      if (this.predictions.stale) this.predictions.replay(this.board.state, this.unblockedPending(), this.actor());
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
    this.pending.add(chained(this.pending, { opId, op }, this.board.state));
    const actor = this.actor();
    if (actor) this.predictions.push(opId, op, actor);
    else this.predictions.markStale();
    const answered = new Promise<OpResponse>((resolve) => this.waiters.set(opId, resolve));
    this.refresh(true);
    // Behind the older ops: while a backoff runs, it waits with them (SYNC-15).
    this.sender.send();
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
    const { role, authorId, moderatorInviteId } = this.state;
    if (!role) return null;
    return moderatorInviteId ? { role, authorId, moderatorInviteId } : { role, authorId };
  }

  stop(): void {
    this.sender.stop();
    this.board.stop();
    this.stopWatchingRules();
    this.unwatch();
    this.stopConnecting();
    const { socket } = this.options;
    socket.off("connect", this.onConnect);
    socket.off("disconnect", this.onDisconnect);
    socket.off("changes", this.onChanges);
    socket.off("presence", this.onPresence);
    socket.off("board:deleted", this.onDeleted);
    socket.off("moderator:revoked", this.onRevoked);
    this.editing.stop();
  }

  /** Another tab queued or settled ops of this board (SYNC-11): show what is pending now. */
  private onStorage = (key: string | null) => {
    if (key !== null && !key.startsWith(this.pending.prefix)) return;
    // Shown here, but sent by the tab that queued them while it is open; this one sends them before
    // its own next op, and on its next (re)join or retry, should that tab be gone by then.
    if (takeOtherTabsOps(key, this.pending, this.predictions, this.actor())) this.sender.resume();
    this.refresh();
  };

  private onConnect = () => {
    this.editing.left();
    this.update({ status: "connecting" });
    void this.join();
  };

  private onDisconnect = (reason?: string) => {
    this.sender.disconnected();
    this.editing.left();
    this.joining = false;
    if (this.state.status !== "failed") this.update({ status: "offline" });
    // LINK-5, LINK-7: the server cuts off a revoked link's holders, and a links-only board's plain
    // participants; joining again tells the page why. (A deleted board or a revoked moderator link failed first.)
    if (reason === "io server disconnect" && this.state.status !== "failed") {
      this.options.socket.connect();
    }
  };

  private onPresence = ({ count }: { count: number }) => this.update({ presence: count });

  /** OPS-5: the board was deleted: nothing of it stays in this browser. */
  private onDeleted = () => {
    forgetBoard(this.options.boardId, this.options.storage);
    this.update({ status: "failed", failure: problem("board_deleted", "This board was deleted.") });
  };

  /**
   * COMOD-5: the co-moderator link this page joined with was revoked; the server disconnects it. Like a
   * refused key at a join: the page stops being a moderator's and offers to go on as a participant.
   */
  private onRevoked = () => {
    this.update({ status: "failed", failure: problem("forbidden", "This moderator link was revoked.") });
  };

  private onChanges = (batch: Committed[]) => {
    if (this.joining || !this.board.state) {
      this.buffered.push(...batch);
      return;
    }
    this.applyCommitted(batch);
    this.refresh();
  };

  private async join(): Promise<void> {
    const { socket } = this.options;
    this.joining = true;
    const attempt = ++this.joinAttempt;
    // One author per browser, decided before the first load asks as that author (SYNC-16).
    await ensureAuthorToken(this.options.storage);
    if (!this.board.state) await this.loadSnapshot();
    // A reconnect may have started a newer join while the snapshot was on its way.
    if (attempt !== this.joinAttempt || !socket.connected) return;
    const request = joinRequestOf(this.options, this.board.state ? this.board.revision : null);
    socket.emit("board:join", request, (response: JoinResponse) => {
      if (attempt === this.joinAttempt) this.onJoined(response);
    });
  }

  /** The first load takes the snapshot over HTTP (see firstLoad); the join brings it otherwise. */
  private async loadSnapshot(): Promise<void> {
    const { apiBase, boardId, moderatorKey, linkKey, storage } = this.options;
    if (apiBase === null || apiBase === undefined) return;
    const authorToken = readAuthorToken(storage);
    const snapshot = await fetchSnapshot({ apiBase, boardId, moderatorKey, authorToken, linkKey });
    if (snapshot && !this.board.state) this.adoptSnapshot(snapshot);
  }

  private adoptSnapshot(snapshot: BoardSnapshot): void {
    this.board.adopt(snapshot);
    this.predictions.markStale();
  }

  private onJoined(response: JoinResponse): void {
    this.joining = false;
    if (!response.ok) {
      if (isFinalJoinFailure(response.problem.code)) {
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
    keepIssuedAuthorToken(this.options.storage, response);
    this.serverProtocol = serverProtocolOf(response, this.options.protocol);
    const caught = caughtUp(response);
    if ("snapshot" in caught) this.adoptSnapshot(caught.snapshot);
    else this.applyCommitted(caught.changes);
    const buffered = this.buffered;
    this.buffered = [];
    this.applyCommitted(buffered);
    if (joinedAsAnother(response, this.state)) this.predictions.markStale();
    this.update(joinedState(response, this.board.revision));
    this.showHeld();
    this.refresh();
    this.sender.sendAllNow();
    this.editing.joined();
  }

  /** Applies changes in revision order (ConfirmedBoard); each one's op, if pending here, is done. */
  private applyCommitted(batch: readonly Committed[]): void {
    const moved = this.board.apply(batch, {
      before: (committed, draft) => this.predictions.committed(committed, draft),
      // The op may have been committed while its acknowledgement was lost: it is done.
      after: (committed) => this.settle(committed.opId, { ok: true, committed }),
    });
    if (moved && this.board.state) this.predictions.confirmedAt(this.board.state);
  }

  private onAnswered(opId: string, op: Op, response: OpResponse): void {
    // A passing failure (throttled, the server briefly failing, an unknown code): not an answer
    // about the op itself, which stays pending and is sent again after a backoff.
    if (!response.ok && !FINAL_OP_ANSWERS.has(response.problem.code)) {
      this.sender.retryLater();
      return;
    }
    if (response.ok) {
      this.sender.succeeded();
      this.applyCommitted([response.committed]);
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
    this.pending.remove(opId);
    // Also when another tab settled it first (its removal reached this tab before the change did).
    this.resolve(opId, response);
    this.predictions.dropped(opId);
    this.sender.done(opId);
    const { released, held } = settleChain(this.pending, opId, response);
    for (const { opId: heldId } of held) {
      this.predictions.dropped(heldId);
      this.resolve(heldId, response);
    }
    if (released.length > 0) this.sender.send();
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
    const problems = [...unshown].map(([opId, op]) => ({ opId, op, problem: heldProblem(op, this.board.state) }));
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
        revision: this.board.revision,
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
