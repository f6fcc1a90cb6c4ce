import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { BoardState } from "../../../shared/boardState";
import { type ClosedColumns, useBoardUi } from "../board";
import { lockKey, WHOLE_BOARD } from "./lockTimes";
import { moderationSettingsOf } from "./selectors";
import { useLockNow } from "./useLockNow";
import { useModerationT } from "./useModerationT";

const nothingLocked: ClosedColumns = { has: () => false, refusal: () => "" };

/** Which column ids a lock key (see lockKey) holds. */
function lockedIn(key: string): (columnId: string) => boolean {
  if (key === WHOLE_BOARD) return () => true;
  const ids = new Set(key.split("\n"));
  return (columnId) => ids.has(columnId);
}

/** Outside a provider (the projector, a working group's page) nothing is locked. */
const ColumnLocksContext = createContext<ClosedColumns>(nothingLocked);

/**
 * Which columns are locked for a participant's page (MOD-7), for the columns, cards and drag and
 * drop below: the same object until a lock begins or ends (or the language changes), so a board's
 * cards render again only then. Moderators and co-moderators write on: for them nothing is locked.
 */
export function ColumnLocksProvider({ board, children }: { board: BoardState; children: ReactNode }) {
  const t = useModerationT();
  const participant = useBoardUi().actor.role !== "moderator";
  const settings = moderationSettingsOf(board);
  const now = useLockNow(settings, participant);
  const key = participant ? lockKey(settings, now) : "";
  const locks = useMemo<ClosedColumns>(
    () =>
      key === ""
        ? nothingLocked
        : { has: lockedIn(key), refusal: (title, column) => t("moderation.move.locked", { title, column }) },
    [key, t],
  );
  return <ColumnLocksContext.Provider value={locks}>{children}</ColumnLocksContext.Provider>;
}

/**
 * The one question the board's controls ask before they offer a change (MOD-7): which columns are
 * locked for this user now (`has(columnId)`), and what to say when a move would go into one.
 */
export const useColumnLocks = (): ClosedColumns => useContext(ColumnLocksContext);
