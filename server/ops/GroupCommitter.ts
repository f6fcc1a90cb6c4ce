import type { Committed } from "../../shared/changes";
import type { OpResponse } from "../../shared/events";
import type { BoardStore, CommitRequest } from "../store/BoardStore";

export type Broadcast = (boardId: string, batch: Committed[]) => void;

interface Waiting {
  request: CommitRequest;
  resolve: (response: OpResponse) => void;
}

/**
 * Group commit: ops that arrive within one turn of the event loop share one durable SQLite
 * transaction (one fsync), then each is answered and every board touched gets one broadcast
 * frame with its new changes in revision order. Nothing is answered before it is on disk.
 */
export class GroupCommitter {
  private queue: Waiting[] = [];
  private scheduled = false;

  constructor(
    private readonly store: BoardStore,
    private readonly broadcast: Broadcast,
    private readonly now: () => number = Date.now,
  ) {}

  submit(request: CommitRequest): Promise<OpResponse> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued so far. Public so shutdown can drain the queue. */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const responses = this.commitBatch(batch.map((waiting) => waiting.request));
    const perBoard = new Map<string, Committed[]>();
    responses.forEach((response, index) => {
      if (!response.ok) return;
      const boardId = batch[index].request.boardId;
      const list = perBoard.get(boardId) ?? [];
      if (!list.some((c) => c.revision === response.committed.revision)) list.push(response.committed);
      perBoard.set(boardId, list);
    });
    for (const [boardId, committed] of perBoard) {
      // A retried op answers with its stored (older) result; clients skip revisions they hold.
      this.broadcast(
        boardId,
        committed.sort((a, b) => a.revision - b.revision),
      );
    }
    responses.forEach((response, index) => {
      batch[index].resolve(response);
    });
  }

  private commitBatch(requests: CommitRequest[]): OpResponse[] {
    try {
      return this.store.commit(requests, this.now());
    } catch (error) {
      console.error("group commit failed", error);
      return requests.map(() => ({
        ok: false as const,
        problem: { code: "internal" as const, message: "The server could not save this change." },
      }));
    }
  }
}
