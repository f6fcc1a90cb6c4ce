/** How many refused op ids a connection remembers; a client sends its oldest ones again first. */
const REMEMBERED = 1_000;

/**
 * SYNC-15: one connection's ops are committed in the order it sent them. Once an op is refused for a
 * passing reason (its rate, a failed commit), the ops the client pipelined after it must not be
 * committed before it: the later one may be the move of the card that op adds. So every later op
 * is refused too (`rate_limited`, which the client retries), until the client sends one of the
 * refused ops again: after its backoff it sends its outbox again from the oldest op still pending.
 */
export class OpOrder {
  private readonly refusedIds = new Set<string>();

  /** Whether the op must wait: the order is held and this is not a refused op sent again. */
  holds(opId: string | undefined): boolean {
    if (this.refusedIds.size === 0) return false;
    if (opId !== undefined && this.refusedIds.has(opId)) {
      this.refusedIds.clear();
      return false;
    }
    return true;
  }

  /** The op was refused for a passing reason: the ops after it wait until it comes again. */
  refused(opId: string | undefined): void {
    if (opId !== undefined && this.refusedIds.size < REMEMBERED) this.refusedIds.add(opId);
  }
}

/** The op id of a request not parsed yet (a refusal is decided before parsing, which costs more). */
export function opIdOf(request: unknown): string | undefined {
  const opId = (request as { opId?: unknown } | null)?.opId;
  return typeof opId === "string" && opId.length <= 100 ? opId : undefined;
}
