import { errorFields, log } from "../observability/logger";
import { type BoardEndDeps, endBoard } from "./boardEnd";

const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
/** Boards ended per sweep at most: a first sweep over years of boards must not hold the database long. */
const BOARDS_PER_SWEEP = 500;

/** What a board's page is told of its end (OPS-6): after how many quiet days, and when that is. */
export interface BoardExpiryNotice {
  afterDays: number;
  deletesAt: number;
}

/**
 * OPS-6: with BOARD_EXPIRY_DAYS set, a board whose last change is that many days ago ends (OPS-5).
 * Boards are swept at start and every hour; every join is told when its board would end, so the page
 * can warn in good time. Any change keeps a board.
 */
export class BoardExpiry {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  constructor(
    private readonly deps: BoardEndDeps,
    readonly afterDays: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  async noticeFor(boardId: string): Promise<BoardExpiryNotice | undefined> {
    const last = await this.deps.store.lastActivity(boardId);
    return last === undefined ? undefined : { afterDays: this.afterDays, deletesAt: last + this.afterDays * DAY_MS };
  }

  /** Ends every board quiet for longer than the limit; resolves with how many ended. */
  sweep(): Promise<number> {
    this.sweeping ??= this.sweepNow().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  private async sweepNow(): Promise<number> {
    try {
      const idle = await this.deps.store.idleBoards(this.now() - this.afterDays * DAY_MS, BOARDS_PER_SWEEP);
      let ended = 0;
      for (const boardId of idle) if (await endBoard(this.deps, boardId)) ended++;
      if (ended > 0) log.info({ ended, afterDays: this.afterDays }, "quiet boards deleted");
      return ended;
    } catch (error) {
      log.error({ err: errorFields(error) }, "expiry sweep failed");
      return 0;
    }
  }
}
