import type { Committed } from "../../shared/changes";
import type { Redact } from "../../shared/core/visibility";
import type { OpResponse } from "../../shared/events";
import { DEFAULT_FAIR_SHARES, type FairShares } from "../../shared/limits";
import { answerFor, type Narrowing } from "../core/exit";
import { errorFields, log } from "../observability/logger";
import type { BoardStore, CommitRequest, CommitResponse } from "../store/BoardStore";

export type Broadcast = (boardId: string, batch: Committed[]) => void;
/** The least time between two flushes of one board, in milliseconds; 0 flushes on the next turn. */
export type Pace = (boardId: string) => number;

/** Commit answers that say nothing about the op itself: its sender sends it again (SYNC-10). */
export const PASSING_COMMIT_FAILURES: ReadonlySet<string> = new Set(["internal", "store_unavailable"]);

interface Waiting {
  request: CommitRequest;
  resolve: (response: OpResponse) => void;
  /** performance.now() when the op arrived. */
  arrived: number;
}

/**
 * Told of every op answered, after its commit and broadcast: the request, the store's unfiltered
 * answer (server code only: metrics, OBS-2; mail, MAIL-1..3), the time the batch was committed with,
 * and the seconds from the op's arrival to its answer.
 */
export type OpObserver = (
  request: CommitRequest,
  response: CommitResponse,
  committedAt: number,
  seconds: number,
) => void;

interface BoardQueue {
  waiting: Waiting[];
  /** Set while a flush of this board is scheduled (next turn or a timer). */
  scheduled: boolean;
  timer?: NodeJS.Timeout;
  lastFlush: number;
}

/**
 * Fan-out pacing: a board flushes at most once per `members × 25 µs` (25 ms for a thousand people,
 * at most 50 ms). A lone op goes out at once; ops arriving faster share one frame per room. A frame
 * costs the server some 10 µs per recipient, so one room's broadcasts stay under about 40% of a core
 * however fast people post (docs/PERFORMANCE.md).
 */
export function paceForRoom(members: number): number {
  return Math.min(50, members * 0.025);
}

/**
 * Group commit: the ops of a board that arrive within one turn of the event loop (or within its
 * pace, see paceForRoom) share one durable SQLite transaction (one fsync); then every board flushed
 * gets one broadcast frame with its new changes in revision order, and then each op is answered.
 * Nothing is answered before it is on disk, nor before the broadcast that carries it.
 *
 * The one exit (VIS-7): the unfiltered result of a commit stays in here. `broadcast` gets the batch
 * to encode per audience; `submit` answers each op as its sender (the request's actor) may read it,
 * so a socket handler or a REST route never holds writes or a conflict's copy it must not pass on.
 */
export class GroupCommitter {
  private readonly boards = new Map<string, BoardQueue>();
  private readonly due = new Set<string>();
  private turnScheduled = false;
  private flushes = 0;
  /** The flush under way: flushes run one after another, so a board's batches commit in order. */
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: BoardStore,
    /** The model's narrowing (fields, link holders' reading), or its field narrowing alone, for the senders' answers. */
    narrowing: Narrowing | Redact,
    private readonly broadcast: Broadcast,
    private readonly now: () => number = Date.now,
    private readonly pace: Pace = () => 0,
    /** The configured fair shares (FAIR-1, FAIR-4): every op's rules read them from its actor. */
    private readonly shares: FairShares = DEFAULT_FAIR_SHARES,
    private readonly observe: OpObserver = () => undefined,
  ) {
    this.narrowing = typeof narrowing === "function" ? { redact: narrowing } : narrowing;
  }

  private readonly narrowing: Narrowing;

  /** Commits the op and answers it as its sender, `request.actor`, may read it. */
  submit(asked: CommitRequest): Promise<OpResponse> {
    const request = { ...asked, actor: { ...asked.actor, shares: this.shares } };
    const arrived = performance.now();
    return new Promise<OpResponse>((resolve) => {
      let board = this.boards.get(request.boardId);
      if (!board) {
        board = { waiting: [], scheduled: false, lastFlush: Number.NEGATIVE_INFINITY };
        this.boards.set(request.boardId, board);
      }
      board.waiting.push({ request, resolve, arrived });
      if (!board.scheduled) this.schedule(request.boardId, board);
    });
  }

  /** Commits everything queued so far, whatever the pace. Public so shutdown can drain the queue. */
  flush(): Promise<void> {
    return this.flushBoards([...this.boards.keys()]);
  }

  private schedule(boardId: string, board: BoardQueue): void {
    board.scheduled = true;
    const wait = board.lastFlush + this.pace(boardId) - performance.now();
    if (wait > 0) {
      board.timer = setTimeout(() => void this.flushBoards([boardId]), wait);
      return;
    }
    this.due.add(boardId);
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      const due = [...this.due];
      this.due.clear();
      void this.flushBoards(due);
    });
  }

  private flushBoards(boardIds: string[]): Promise<void> {
    this.running = this.running
      .then(() => this.flushNow(boardIds))
      .catch((error) => log.error({ err: errorFields(error) }, "flush failed"));
    return this.running;
  }

  private async flushNow(boardIds: string[]): Promise<void> {
    const batch: Waiting[] = [];
    const flushed: string[] = [];
    const startedAt = performance.now();
    for (const boardId of boardIds) {
      const board = this.boards.get(boardId);
      if (!board || board.waiting.length === 0) continue;
      clearTimeout(board.timer);
      this.due.delete(boardId);
      board.scheduled = false;
      board.lastFlush = startedAt;
      batch.push(...board.waiting);
      board.waiting = [];
      flushed.push(boardId);
    }
    if (batch.length === 0) return;
    const committedAt = this.now();
    const responses = await this.commitBatch(
      batch.map((waiting) => waiting.request),
      committedAt,
    );
    const perBoard = new Map<string, Committed[]>(flushed.map((boardId) => [boardId, []]));
    responses.forEach((response, index) => {
      // A replayed retry changed nothing now: its sender gets the stored result, nobody a frame (SYNC-13).
      if (response.ok && !("replayed" in response)) {
        perBoard.get(batch[index].request.boardId)?.push(response.committed);
      }
    });
    for (const [boardId, committed] of perBoard) {
      if (committed.length > 0)
        this.broadcast(
          boardId,
          committed.sort((a, b) => a.revision - b.revision),
        );
    }
    responses.forEach((response, index) => {
      const { request, resolve, arrived } = batch[index];
      resolve(answerFor(response, request.actor, this.narrowing));
      this.observe(request, response, committedAt, (performance.now() - arrived) / 1000);
    });
    for (const boardId of flushed) this.failQueuedBehind(boardId, batch, responses);
    if (++this.flushes % 1024 === 0) this.forgetIdleBoards(startedAt);
  }

  /**
   * SYNC-15: when a board's whole share of the batch failed for a passing reason (the transaction
   * could not commit), the ops that arrived meanwhile may build on those (the move of a card being
   * added) and must not be committed before them: they fail the same way and are all sent again.
   */
  private failQueuedBehind(boardId: string, batch: Waiting[], responses: CommitResponse[]): void {
    const shares = responses.filter((_, index) => batch[index].request.boardId === boardId);
    const failure = shares[0];
    if (!failure || failure.ok || !PASSING_COMMIT_FAILURES.has(failure.problem.code)) return;
    if (!shares.every((response) => !response.ok && PASSING_COMMIT_FAILURES.has(response.problem.code))) return;
    const board = this.boards.get(boardId);
    if (!board || board.waiting.length === 0) return;
    const queued = board.waiting;
    board.waiting = [];
    clearTimeout(board.timer);
    this.due.delete(boardId);
    board.scheduled = false;
    const now = this.now();
    for (const waiting of queued) {
      waiting.resolve({ ok: false, problem: failure.problem });
      this.observe(waiting.request, failure, now, (performance.now() - waiting.arrived) / 1000);
    }
  }

  /** Drops the bookkeeping of boards that have been quiet for a while. */
  private forgetIdleBoards(now: number): void {
    for (const [boardId, board] of this.boards) {
      if (!board.scheduled && board.waiting.length === 0 && now - board.lastFlush > 60_000) this.boards.delete(boardId);
    }
  }

  private async commitBatch(requests: CommitRequest[], now: number): Promise<CommitResponse[]> {
    try {
      return await this.store.commit(requests, now);
    } catch (error) {
      log.error({ err: errorFields(error) }, "group commit failed");
      return requests.map(() => ({
        ok: false as const,
        problem: { code: "internal" as const, message: "The server could not save this change." },
      }));
    }
  }
}
