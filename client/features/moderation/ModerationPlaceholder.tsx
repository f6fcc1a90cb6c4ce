import { useModerationT } from "./useModerationT";

/** The closed moderation panel's frame and words while its chunk loads, so the columns keep their place (UI-8). */
export function ModerationPlaceholder() {
  const t = useModerationT();
  return (
    <div className="moderation-panel" aria-hidden="true">
      <div className="moderation-reserved-line">{t("moderation.settings")}</div>
    </div>
  );
}
