import { useEffect, useReducer } from "react";
import type { ModerationSettings } from "../../../shared/features/moderation";
import { serverClock } from "../timer";
import { nextLockAt, plansLock } from "./lockTimes";

/** Longer waits are cut, so a wait never overflows setTimeout and a page left open for days looks again. */
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * The server's time now (TIMER-2), as far as the locks need it (MOD-7): the component renders again
 * when a planned lock comes due (one timeout, no polling) and when the page learns the server's
 * clock. Without a planned lock (or when `active` is false) it neither measures nor waits.
 */
export function useLockNow(settings: ModerationSettings, active: boolean): number {
  const [, wake] = useReducer((count: number) => count + 1, 0);
  const now = serverClock.now();
  const planned = active && plansLock(settings);
  const next = planned ? nextLockAt(settings, now) : null;
  useEffect(() => (planned ? serverClock.use(wake) : undefined), [planned]);
  useEffect(() => {
    if (next === null) return;
    const timeout = setTimeout(wake, Math.min(Math.max(0, next - now), LONGEST_WAIT_MS));
    return () => clearTimeout(timeout);
  }, [next, now]);
  return now;
}
