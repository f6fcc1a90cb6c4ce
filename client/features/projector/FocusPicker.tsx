import { useId } from "react";
import type { BoardState } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import { type FocusOp, focusOf } from "../../../shared/features/focus";
import { useI18n } from "../../i18n/I18nProvider";
import { focusChoices, focusFromValue, focusValue } from "./focusTargets";
import { useProjectorT } from "./useProjectorT";

const dateOf = (date: string, language: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(language, { timeZone: "UTC", dateStyle: "medium" });

/** PROJ-1: the moderator picks what the projector shows large: a column, a working group, a meeting, or the whole board. */
export function FocusPicker({ board, submit }: { board: BoardState; submit(op: FocusOp): void }) {
  const t = useProjectorT();
  const { language } = useI18n();
  const id = useId();
  const current = focusOf(viewOf(board))?.target ?? null;
  const { columns, groups, meetings } = focusChoices(board);
  return (
    <div className="field">
      <label htmlFor={id}>{t("projector.focus")}</label>
      <select
        id={id}
        data-testid="focus-picker"
        value={focusValue(current)}
        onChange={(event) => submit({ type: "focus.set", target: focusFromValue(event.target.value) })}
      >
        <option value="">{t("projector.focus.none")}</option>
        {columns.length > 0 && (
          <optgroup label={t("projector.focus.columns")}>
            {columns.map((column) => (
              <option key={column.id} value={focusValue({ kind: "column", id: column.id })}>
                {column.title}
              </option>
            ))}
          </optgroup>
        )}
        {groups.length > 0 && (
          <optgroup label={t("projector.focus.groups")}>
            {groups.map((group) => (
              <option key={group.id} value={focusValue({ kind: "group", id: group.id })}>
                {group.name}
              </option>
            ))}
          </optgroup>
        )}
        {meetings.length > 0 && (
          <optgroup label={t("projector.focus.meetings")}>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={focusValue({ kind: "meeting", id: meeting.id })}>
                {t("projector.focus.meeting", { theme: meeting.theme, date: dateOf(meeting.date, language) })}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
