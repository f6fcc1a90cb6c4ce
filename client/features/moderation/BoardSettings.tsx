import { useId, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Op } from "../../../shared/ops";
import { Field } from "../../core/ui/Field";
import { useI18n } from "../../i18n/I18nProvider";
import { clockTime, hiddenCount, moderationSettingsOf } from "./selectors";
import { useModerationT } from "./useModerationT";

/** Today's `hh:mm` on this browser's clock, in ms; tomorrow's when it has passed. */
function nextTimeAt(time: string, now = new Date()): number | null {
  const [hours, minutes] = time.split(":").map(Number);
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return null;
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** The board-wide switches: approval, names, hiding and its reveal, the lock now or at a time, links only (LINK-7). */
export function BoardSettings({ board, submit }: { board: BoardState; submit(op: Op): void }) {
  const t = useModerationT();
  const { language } = useI18n();
  const settings = moderationSettingsOf(board);
  const [lockTime, setLockTime] = useState("");
  const hidden = hiddenCount(board, null);
  const lockAt = settings.boardLock?.lockAt ?? null;
  const linksOnlyHint = useId();
  return (
    <fieldset className="moderation-group">
      <legend>{t("moderation.board")}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.approval}
          data-testid="moderation-approval"
          onChange={(event) => submit({ type: "moderation.approval", on: event.target.checked })}
        />
        {t("moderation.approval")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.namesHidden}
          data-testid="moderation-names"
          onChange={(event) => submit({ type: "moderation.names", shown: !event.target.checked })}
        />
        {t("moderation.names")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.hiddenBoard}
          data-testid="moderation-hide-board"
          onChange={(event) => submit({ type: "moderation.hide", columnId: null, hidden: event.target.checked })}
        />
        {t("moderation.hideBoard")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.linksOnly === true}
          data-testid="moderation-links-only"
          aria-describedby={linksOnlyHint}
          onChange={(event) => submit({ type: "moderation.linksOnly", on: event.target.checked })}
        />
        {t("moderation.linksOnly")}
      </label>
      <p className="field-hint" id={linksOnlyHint}>
        {t("moderation.linksOnlyHint")}
      </p>
      {(settings.hiddenBoard || hidden > 0) && (
        <button
          type="button"
          className="button"
          data-testid="moderation-reveal-board"
          onClick={() => submit({ type: "moderation.hide", columnId: null, hidden: false })}
        >
          {t("moderation.revealBoard")}
        </button>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={settings.boardLock !== null}
          data-testid="moderation-lock-board"
          onChange={(event) =>
            submit({ type: "moderation.lock", columnId: null, locked: event.target.checked, lockAt: null })
          }
        />
        {lockAt === null
          ? t("moderation.lockBoard")
          : t("moderation.lockAtShown", { time: clockTime(lockAt, language) })}
      </label>
      <form
        className="moderation-inline"
        onSubmit={(event) => {
          event.preventDefault();
          const at = nextTimeAt(lockTime);
          if (at !== null) submit({ type: "moderation.lock", columnId: null, locked: true, lockAt: at });
        }}
      >
        <Field label={t("moderation.lockAt")}>
          <input type="time" value={lockTime} onChange={(event) => setLockTime(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={!lockTime}>
          {t("moderation.lockAtSubmit")}
        </button>
      </form>
    </fieldset>
  );
}
