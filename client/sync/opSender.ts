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
  /** Whether the server joined understands the op; one it does not waits for its update (PROTO-2). */
  understood(op: Op): boolean;
  /** The server's answer to one op. */
  answered(opId: string, op: Op, response: OpResponse): void;
  /** Whether ops are held back by a passing failure and wait for a retry (SYNC-10). */
  retrying(retrying: boolean): void;
}

/**
 * Puts the outbox on the wire, in order (SYNC-15): each op not already on its way is sent with its id
 * and an acknowledgement timeout, several at once. No op overtakes an older one: the walk stops at an
 * edit held behind a pending edit (SYNC-9), and after a passing failure or a missing answer nothing
 * is sent until the backoff ends (0.5 s doubling up to 30 s, with jitter), when the outbox goes again
 * from its oldest op. An op the server does not understand yet stops the walk too (PROTO-2). The
 * server, for its part, refuses what a connection sent after a refused op (server/realtime/opOrder.ts).
 */
export class OpSender {
  private readonly inFlight = new Set<string>();
  private readonly backoff = new Backoff();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last walk stopped at a held op with ops behind it: another tab's answer may free it. */
  private stalled = false;

  constructor(private readonly options: OpSenderOptions) {}

  /** Sends the pending ops, oldest first, up to the first one that must wait. */
  send(): void {
    const { socket, ackTimeoutMs } = this.options;
    this.stalled = false;
    if (!this.options.maySend() || this.retryTimer !== undefined) return;
    const pending = this.options.pending();
    for (const [index, { opId, op, after, blockedBy }] of pending.entries()) {
      // Held for the user after a conflict (SYNC-9): out of the queue until they act.
      if (blockedBy) continue;
      if (after) {
        this.stalled = index < pending.length - 1;
        return;
      }
      // Newer than the server: it waits, the ops behind it too, until a join finds the server updated.
      if (!this.options.understood(op)) return;
      if (this.inFlight.has(opId)) continue;
      this.inFlight.add(opId);
      socket.timeout(ackTimeoutMs).emit("op", { opId, op }, (error: Error | null, response: OpResponse) => {
        this.inFlight.delete(opId);
        // No answer in time: still pending, sent again.
        if (error) this.retryLater();
        else this.options.answered(opId, op, response);
      });
    }
  }

  /** Another tab settled or changed ops: if the outbox waited on one of them, it may go on now. */
  resume(): void {
    if (this.stalled) this.send();
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
