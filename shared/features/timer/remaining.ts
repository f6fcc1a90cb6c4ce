import type { Timer } from "./records";

/** The ms a timer has left at `serverNow` (the server's clock), never below 0. */
export function remainingMs(timer: Timer, serverNow: number): number {
  if (timer.status === "paused") return Math.max(0, timer.remainingMs ?? 0);
  return Math.max(0, (timer.endsAt ?? serverNow) - serverNow);
}

/** A running timer whose time is up. */
export const timerEnded = (timer: Timer, serverNow: number): boolean =>
  timer.status === "running" && remainingMs(timer, serverNow) === 0;
