import type Database from "better-sqlite3";
import { errorFields, log } from "../observability/logger";

/**
 * ERASE-1: after a commit that forgot a record, the pages that held it still sit in the `-wal` file
 * until a checkpoint copies the newer (zeroed, `secure_delete = ON`) pages into the main file and
 * truncates the log. This runs that checkpoint shortly after such a commit, never inside it: several
 * erasures in a moment share one checkpoint, and the commit path never waits for it.
 */
export class WalEraser {
  private timer: NodeJS.Timeout | undefined;
  private attempts = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly delayMs = 100,
    /** A reader (a backup, the sqlite3 tool) can hold the log; try again this often, a second apart. */
    private readonly maxAttempts = 60,
  ) {}

  /** Asks for a truncating checkpoint soon (once, however often asked meanwhile). */
  schedule(): void {
    this.attempts = 0;
    if (this.timer || !this.db.open) return;
    this.timer = setTimeout(() => this.run(), this.delayMs);
    this.timer.unref();
  }

  /** Stops waiting; closing the database checkpoints and removes the log anyway. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.timer = undefined;
    if (!this.db.open) return;
    if (this.checkpoint()) return;
    if (++this.attempts >= this.maxAttempts) {
      log.warn("erasure checkpoint: the write-ahead log stayed busy; it is truncated at the next one");
      return;
    }
    this.timer = setTimeout(() => this.run(), 1_000);
    this.timer.unref();
  }

  /** True when the log was copied and truncated; false when another connection kept it busy. */
  private checkpoint(): boolean {
    // Never wait on the event loop for another connection (busy_timeout would block up to 5 s): a
    // busy log is tried again later.
    const timeout = this.db.pragma("busy_timeout", { simple: true }) as number;
    this.db.pragma("busy_timeout = 0");
    try {
      const [result] = this.db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
      return result?.busy === 0;
    } catch (error) {
      log.error({ err: errorFields(error) }, "erasure checkpoint failed");
      return false;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }
}
