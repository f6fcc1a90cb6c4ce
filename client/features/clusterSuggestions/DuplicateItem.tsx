import { useId } from "react";
import type { ShownDuplicate } from "./types";
import { useSuggestionsT } from "./useSuggestionsT";

/** Two cards that may say the same: Merge (when the board can) or Not a duplicate. */
export function DuplicateItem({
  duplicate,
  number,
  titleOf,
  onMerge,
  onDismiss,
}: {
  duplicate: ShownDuplicate;
  number: number;
  titleOf(cardId: string): string | null;
  onMerge?: () => void;
  onDismiss(): void;
}) {
  const t = useSuggestionsT();
  const headingId = `${useId()}-heading`;
  return (
    <li className="suggestion" aria-labelledby={headingId} data-testid="duplicate-suggestion">
      <h3 id={headingId} className="suggestion-heading">
        {t("suggest.duplicate", { number })}
      </h3>
      <ul className="suggestion-cards">
        <li>{titleOf(duplicate.a)}</li>
        <li>{titleOf(duplicate.b)}</li>
      </ul>
      <div className="suggestion-actions">
        {onMerge && (
          <button type="button" className="button button-small" aria-describedby={headingId} onClick={onMerge}>
            {t("suggest.merge")}
          </button>
        )}
        <button type="button" className="button button-small" aria-describedby={headingId} onClick={onDismiss}>
          {t("suggest.dismiss")}
        </button>
      </div>
    </li>
  );
}
