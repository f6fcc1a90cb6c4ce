import type { BoardState } from "../../../shared/boardState";
import type { Column } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { hiddenCount, moderationSettingsOf } from "./selectors";
import { useModerationT } from "./useModerationT";

/** Per column: hidden until reveal (and the reveal), locked (MOD-3, MOD-4). */
export function ColumnSettings({
  board,
  columns,
  submit,
}: {
  board: BoardState;
  columns: readonly Column[];
  submit(op: Op): void;
}) {
  const t = useModerationT();
  const settings = moderationSettingsOf(board);
  if (columns.length === 0) return null;
  return (
    <fieldset className="moderation-group">
      <legend>{t("moderation.columns")}</legend>
      <ul className="moderation-columns">
        {columns.map((column) => {
          const hidden = hiddenCount(board, column.id);
          const names = { column: column.title, count: hidden };
          return (
            <li key={column.id} data-testid="moderation-column" data-column-id={column.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={settings.hiddenColumns.includes(column.id)}
                  data-testid="moderation-column-hide"
                  onChange={(event) =>
                    submit({ type: "moderation.hide", columnId: column.id, hidden: event.target.checked })
                  }
                />
                {t("moderation.column.hide", names)}
              </label>
              {hidden > 0 && (
                <button
                  type="button"
                  className="button"
                  data-testid="moderation-column-reveal"
                  onClick={() => submit({ type: "moderation.hide", columnId: column.id, hidden: false })}
                >
                  {t("moderation.column.reveal", names)}
                </button>
              )}
              <label className="check">
                <input
                  type="checkbox"
                  checked={settings.columnLocks.some((lock) => lock.columnId === column.id)}
                  data-testid="moderation-column-lock"
                  onChange={(event) =>
                    submit({ type: "moderation.lock", columnId: column.id, locked: event.target.checked, lockAt: null })
                  }
                />
                {t("moderation.column.lock", names)}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
