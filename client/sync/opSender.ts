import type { OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { Backoff } from "./backoff";
import type { PendingOp } from "./pendingOps";
import type { BoardClientSocket } from "./socket";

export interface OpSenderOptions {
  socket: BoardClientSocket;
  ackTimeoutMs: number;
  /** The outbox, in order. */
  pending(): readonly PendingOp[];
  /** Joined and connected: ops may go. */
  maySend(): boolean;
  /** The server's answer to one op. */
  answered(opId: string, op: Op, response: OpResponse): void;
  /** Whether ops are held back by a passing failure and wait for a retry (SYNC-10). */
  retrying(retrying: boolean): void;
}

/**
 * Puts the outbox on the wire: each op that may go (not already on its way, not held behind an edit)
 * is sent with its id and an acknowledgement timeout; no answer in time, or a passing failure, sends
 * the pending ops again after a backoff (0.5 s doubling up to 30 s, with jitter).
 */
export class OpSender {
  private readonly inFlight = new Set<string>();
  private readonly backoff = new Backoff();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: OpSenderOptions) {}

  /** While a backoff runs, a new op goes at once; the others wait for their turn. */
  get waitingForRetry(): boolean {
    return this.retryTimer !== undefined;
  }

  /** Sends the pending ops that may go (or only those given) and are not on their way already. */
  send(only?: ReadonlySet<string>): void {
    const { socket, ackTimeoutMs } = this.options;
    if (!this.options.maySend()) return;
    for (const { opId, op, after, blockedBy } of this.options.pending()) {
      if (this.inFlight.has(opId) || after || blockedBy || (only && !only.has(opId))) continue;
      this.inFlight.add(opId);
      socket.timeout(ackTimeoutMs).emit("op", { opId, op }, (error: Error | null, response: OpResponse) => {
        this.inFlight.delete(opId);
        // No answer in time: still pending, sent again.
        if (error) this.retryLater();
        else this.options.answered(opId, op, response);
      });
    }
  }

  /** Sends the ops still pending again after the next backoff wait (SYNC-10). */
  retryLater(): void {
    if (this.retryTimer === undefined) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.send();
      }, this.backoff.next());
    }
    this.options.retrying(true);
  }

  /** An op was committed: the server answers again, so the next failure waits from the start. */
  succeeded(): void {
    this.backoff.reset();
    if (this.retryTimer === undefined) this.options.retrying(false);
  }

  /** A fresh connection: whatever failed before is sent again at once. */
  sendAllNow(): void {
    this.backoff.reset();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.send();
  }

  /** The op ended (answered, or seen committed): it is no longer on its way. */
  done(opId: string): void {
    this.inFlight.delete(opId);
  }

  /** The connection dropped: nothing is on its way any more. */
  disconnected(): void {
    this.inFlight.clear();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
  }
}
