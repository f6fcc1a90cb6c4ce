import type { Pool } from "pg";
import { errorFields, log } from "../../observability/logger";

/**
 * ERASE-2: after a commit that forgot a record, its old row versions (the record's, the op log's
 * entries that held it) stay in the table files as dead tuples until vacuum. This runs a plain VACUUM
 * of the three tables shortly after such a commit (several erasures in a moment share one), outside
 * any transaction and without the exclusive lock of VACUUM FULL, so boards carry on meanwhile.
 */
export class ErasureVacuum {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly delayMs = 1_000,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // One at a time: a vacuum asked for while one runs is run after it.
      this.running = (this.running ?? Promise.resolve()).then(() => this.vacuum());
    }, this.delayMs);
    this.timer.unref();
  }

  /** Drops a vacuum not yet started and waits for one under way (before the pool ends). */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async vacuum(): Promise<void> {
    try {
      await this.pool.query("VACUUM records, op_log, op_receipts");
    } catch (error) {
      log.error({ err: errorFields(error) }, "erasure vacuum failed (autovacuum will get to it)");
    }
  }
}
