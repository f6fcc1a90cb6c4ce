import { remainingMs, type Timer } from "../../../shared/features/timer";

/** What a timer shows at a moment of the server's clock. */
export interface TimerPhase {
  startedAt: number;
  status: "running" | "paused" | "ended";
  remainingMs: number;
  totalMs: number;
}

export function phaseOf(timer: Timer, serverNow: number): TimerPhase {
  const left = remainingMs(timer, serverNow);
  const status = timer.status === "paused" ? "paused" : left === 0 ? "ended" : "running";
  return { startedAt: timer.startedAt, status, remainingMs: left, totalMs: timer.totalMs };
}

/** A timer started this recently was started while the page watched: it is announced (TIMER-3). */
const JUST_STARTED_MS = 5_000;

export type Announcement = "started" | "paused" | "resumed" | "extended" | "ended";

/**
 * TIMER-3: what to announce when the shown phase changes, or null: a start, a pause, a resume, an
 * extension and the end, never the seconds ticking by. `before` is null when the page first shows
 * the timer; a timer running for a while then is not news.
 */
export function announcementOf(before: TimerPhase | null, after: TimerPhase, serverNow: number): Announcement | null {
  if (!before) {
    return after.status === "running" && serverNow - after.startedAt < JUST_STARTED_MS ? "started" : null;
  }
  if (after.startedAt !== before.startedAt) return after.status === "running" ? "started" : null;
  if (after.status === before.status) return after.totalMs > before.totalMs ? "extended" : null;
  if (after.status === "paused") return "paused";
  if (after.status === "ended") return "ended";
  return before.status === "paused" ? "resumed" : "extended";
}
