import { useModerationT } from "./useModerationT";
import "./moderation.css";

/** In a column a participant may no longer change: why its controls are gone (MOD-7). */
export function ColumnLockedNotice() {
  const t = useModerationT();
  return (
    <p className="column-locked" data-testid="column-locked">
      {t("moderation.column.locked")}
    </p>
  );
}
