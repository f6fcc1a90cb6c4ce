import type { Committed } from "../../shared/changes";
import type { OpResponse } from "../../shared/events";
import { DEFAULT_FAIR_SHARES, type FairShares } from "../../shared/limits";
import type { BoardStore, CommitRequest, CommitResponse } from "../store/BoardStore";

export type Broadcast = (boardId: string, batch: Committed[]) => void;
/** The least time between two flushes of one board, in milliseconds; 0 flushes on the next turn. */
export type Pace = (boardId: string) => number;

interface Waiting {
  request: CommitRequest;
  resolve: (response: OpResponse) => void;
}

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
    private readonly broadcast: Broadcast,
    private readonly now: () => number = Date.now,
    private readonly pace: Pace = () => 0,
    /** The configured fair shares (FAIR-1, FAIR-4): every op's rules read them from its actor. */
    private readonly shares: FairShares = DEFAULT_FAIR_SHARES,
  ) {}

  submit(asked: CommitRequest): Promise<OpResponse> {
    const request = { ...asked, actor: { ...asked.actor, shares: this.shares } };
    return new Promise((resolve) => {
      let board = this.boards.get(request.boardId);
      if (!board) {
        board = { waiting: [], scheduled: false, lastFlush: Number.NEGATIVE_INFINITY };
        this.boards.set(request.boardId, board);
      }
      board.waiting.push({ request, resolve });
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
      .catch((error) => console.error("flush failed", error));
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
    const responses = await this.commitBatch(batch.map((waiting) => waiting.request));
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
      batch[index].resolve(withoutReplayMark(response));
    });
    if (++this.flushes % 1024 === 0) this.forgetIdleBoards(startedAt);
  }

  /** Drops the bookkeeping of boards that have been quiet for a while. */
  private forgetIdleBoards(now: number): void {
    for (const [boardId, board] of this.boards) {
      if (!board.scheduled && board.waiting.length === 0 && now - board.lastFlush > 60_000) this.boards.delete(boardId);
    }
  }

  private async commitBatch(requests: CommitRequest[]): Promise<CommitResponse[]> {
    try {
      return await this.store.commit(requests, this.now());
    } catch (error) {
      console.error("group commit failed", error);
      return requests.map(() => ({
        ok: false as const,
        problem: { code: "internal" as const, message: "The server could not save this change." },
      }));
    }
  }
}

/** The acknowledgement a client gets: a replay looks like the first answer did. */
function withoutReplayMark(response: CommitResponse): OpResponse {
  return "replayed" in response ? { ok: true, committed: response.committed } : response;
}
