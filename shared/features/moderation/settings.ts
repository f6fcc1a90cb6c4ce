import type { RecordView } from "../../core/recordView";
import { type Problem, problem } from "../../errors";
import type { Actor } from "../../model";
import { type Lock, MODERATION_SETTINGS_ID, type ModerationSettings } from "./records";

/** A board that never changed a setting moderates nothing. */
export const DEFAULT_MODERATION: ModerationSettings = {
  type: "moderationSettings",
  id: MODERATION_SETTINGS_ID,
  version: 0,
  audience: "board",
  authorId: null,
  approval: false,
  namesHidden: false,
  hiddenBoard: false,
  hiddenColumns: [],
  boardLock: null,
  columnLocks: [],
  linksOnly: false,
};

export function moderationOf(view: RecordView): ModerationSettings {
  return view.get<ModerationSettings>("moderationSettings", MODERATION_SETTINGS_ID) ?? DEFAULT_MODERATION;
}

/** Whether a participant's new card in `columnId` stays hidden until a reveal (MOD-3). */
export const isHiddenColumn = (settings: ModerationSettings, columnId: string): boolean =>
  settings.hiddenBoard || settings.hiddenColumns.includes(columnId);

const lockHolds = (lock: Lock | null | undefined, now: number): boolean =>
  lock !== null && lock !== undefined && (lock.lockAt === null || now >= lock.lockAt);

/** Whether participants may no longer write in `columnId` at `now` (MOD-4). */
export function isLockedColumn(settings: ModerationSettings, columnId: string, now: number): boolean {
  return (
    lockHolds(settings.boardLock, now) ||
    lockHolds(
      settings.columnLocks.find((lock) => lock.columnId === columnId),
      now,
    )
  );
}

/** MOD-4: a participant's write touching a locked column (or a locked board) is refused as `locked`. */
export function lockedProblem(
  view: RecordView,
  columnIds: readonly string[],
  actor: Actor,
  now: number,
): Problem | null {
  if (actor.role === "moderator") return null;
  const settings = moderationOf(view);
  if (!columnIds.some((columnId) => isLockedColumn(settings, columnId, now))) return null;
  return problem("locked", "This board or column is locked: it is read-only for participants now.");
}
