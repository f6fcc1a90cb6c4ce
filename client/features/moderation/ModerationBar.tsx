import type { Column } from "../../../shared/model";
import { useI18n } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { lockKey, WHOLE_BOARD } from "./lockTimes";
import type { ModerationProps } from "./ModerationPanel";
import { ModerationPanel } from "./parts";
import { clockTime, moderationSettingsOf } from "./selectors";
import { useLockNow } from "./useLockNow";
import { useModerationT } from "./useModerationT";
import "./moderation.css";

const titlesOf = (columns: readonly Column[], ids: (column: Column) => boolean) =>
  columns
    .filter(ids)
    .map((column) => column.title)
    .join(", ");

/**
 * Above the columns (MOD-1..5): the moderators' settings and queue (a chunk of its own), and for
 * participants what the settings mean for them now.
 */
export function ModerationBar({ board, columns, textOf }: ModerationProps) {
  const ui = useBoardUi();
  const t = useModerationT();
  const { language } = useI18n();
  const settings = moderationSettingsOf(board);
  const moderator = ui.actor.role === "moderator";
  // The server's time, so a planned lock's notice changes when the lock begins (MOD-7).
  const now = useLockNow(settings, !moderator);
  if (moderator) return <ModerationPanel board={board} columns={columns} textOf={textOf} />;

  const locks = lockKey(settings, now);
  const lockedBoard = locks === WHOLE_BOARD;
  const lockAt = settings.boardLock?.lockAt;
  const hiddenColumns = titlesOf(columns, (column) => settings.hiddenColumns.includes(column.id));
  const lockedIds = new Set(lockedBoard ? [] : locks.split("\n"));
  const lockedColumns = titlesOf(columns, (column) => lockedIds.has(column.id));
  const notices = [
    settings.approval && t("moderation.notice.approval"),
    settings.hiddenBoard && t("moderation.notice.hiddenBoard"),
    !settings.hiddenBoard && hiddenColumns && t("moderation.notice.hiddenColumns", { columns: hiddenColumns }),
    lockedBoard && t("moderation.notice.lockedBoard"),
    !lockedBoard && lockAt && t("moderation.notice.lockAt", { time: clockTime(lockAt, language) }),
    !lockedBoard && lockedColumns && t("moderation.notice.lockedColumns", { columns: lockedColumns }),
    settings.namesHidden && t("moderation.notice.namesHidden"),
  ].filter((notice): notice is string => typeof notice === "string" && notice !== "");
  if (notices.length === 0) return null;
  return (
    <ul className="moderation-notices" data-testid="moderation-notices">
      {notices.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}
