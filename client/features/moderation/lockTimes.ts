import { isLockedColumn, type Lock, type ModerationSettings } from "../../../shared/features/moderation";

const locksOf = (settings: ModerationSettings): (Lock | null)[] => [settings.boardLock, ...settings.columnLocks];

/** Whether a lock is planned for a time (`lockAt`): only then the page needs the server's clock (MOD-7). */
export const plansLock = (settings: ModerationSettings): boolean =>
  locksOf(settings).some((lock) => lock !== null && lock.lockAt !== null);

/** The first moment after `now` (server time) at which a planned lock starts to hold, if any. */
export function nextLockAt(settings: ModerationSettings, now: number): number | null {
  let next: number | null = null;
  for (const lock of locksOf(settings)) {
    const at = lock?.lockAt ?? null;
    if (at !== null && at > now && (next === null || at < next)) next = at;
  }
  return next;
}

/** The key of "every column is locked"; column ids never hold a line break. */
export const WHOLE_BOARD = "\n*";

/**
 * What is locked for participants at `now` (MOD-4) as a short key: empty, WHOLE_BOARD, or the
 * locked columns' ids in order, one a line. Equal keys mean the same locks, so a page renders
 * again only when a lock begins or ends.
 */
export function lockKey(settings: ModerationSettings, now: number): string {
  // Without its column locks, a column the board does not hold is locked only by the board's lock.
  if (isLockedColumn({ ...settings, columnLocks: [] }, "", now)) return WHOLE_BOARD;
  return settings.columnLocks
    .filter((lock) => isLockedColumn({ ...settings, boardLock: null }, lock.columnId, now))
    .map((lock) => lock.columnId)
    .sort()
    .join("\n");
}
