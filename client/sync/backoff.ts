/** Answers that end an op: asking again cannot change them. Anything else is passing and retried. */
export const FINAL_OP_ANSWERS: ReadonlySet<string> = new Set([
  "invalid_input",
  "payload_too_large",
  "forbidden",
  "not_found",
  "conflict",
  "already_exists",
  "limit_reached",
  "unknown_board",
  // The op id was used for something else (SYNC-13): sending it again gets the same answer.
  "op_id_reused",
  // The board or column is locked (MOD-4) until a moderator unlocks it.
  "locked",
]);

/**
 * Exponential backoff with jitter for re-sending ops after a passing failure (a timeout, rate_limited,
 * internal): 0.5 s doubling up to 30 s, each wait drawn between half and all of it, so a crowd of
 * clients coming back from the same outage spreads out. Reset by any success or a fresh connection.
 */
export class Backoff {
  private attempt = 0;

  constructor(
    private readonly firstMs = 500,
    private readonly maxMs = 30_000,
    private readonly random: () => number = Math.random,
  ) {}

  next(): number {
    const ceiling = Math.min(this.maxMs, this.firstMs * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 30);
    return ceiling / 2 + this.random() * (ceiling / 2);
  }

  reset(): void {
    this.attempt = 0;
  }
}
