import type { BaseRecord } from "../../core/records";

/** The board's one timer record (TIMER-1); there is no timer while it does not exist. */
export const TIMER_ID = "timer";

/** TIMER-1: a countdown runs at most six hours; one extension adds at most one hour. */
export const TIMER_MAX_SECONDS = 6 * 60 * 60;
export const TIMER_MAX_EXTENSION_SECONDS = 60 * 60;

/**
 * A countdown every browser shows alike (TIMER-1, TIMER-2). Its times are the server's clock in ms:
 * a browser shows `endsAt` minus its estimate of the server's time now, never its own clock's.
 */
export interface Timer extends BaseRecord {
  type: "timer";
  audience: "board";
  authorId: null;
  status: "running" | "paused";
  /** Running: when it ends (server ms). Paused: null. */
  endsAt: number | null;
  /** Paused: the ms that were left. Running: null. */
  remainingMs: number | null;
  /** The whole countdown in ms, extensions included (for a progress bar). */
  totalMs: number;
  /** When it was started (server ms). */
  startedAt: number;
}
