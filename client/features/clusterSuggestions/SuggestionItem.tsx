import { useId } from "react";
import type { ShownSuggestion } from "./types";
import { useSuggestionsT } from "./useSuggestionsT";

/** One suggested cluster: its cards' titles, its editable title, Accept and Reject. */
export function SuggestionItem({
  suggestion,
  number,
  titleOf,
  onLabel,
  onAccept,
  onReject,
}: {
  suggestion: ShownSuggestion;
  number: number;
  titleOf(cardId: string): string | null;
  onLabel(label: string): void;
  onAccept?: () => void;
  onReject(): void;
}) {
  const t = useSuggestionsT();
  const id = useId();
  const headingId = `${id}-heading`;
  return (
    <li className="suggestion" aria-labelledby={headingId} data-testid="cluster-suggestion">
      <h3 id={headingId} className="suggestion-heading">
        {t("suggest.item", { number, cards: suggestion.cardIds.length })}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t("suggest.label")}</label>
        <input
          id={`${id}-label`}
          type="text"
          value={suggestion.label}
          maxLength={200}
          onChange={(event) => onLabel(event.target.value)}
          data-testid="cluster-suggestion-label"
        />
      </div>
      <ul className="suggestion-cards">
        {suggestion.cardIds.map((cardId) => (
          <li key={cardId} data-testid="cluster-suggestion-card">
            {titleOf(cardId)}
          </li>
        ))}
      </ul>
      <div className="suggestion-actions">
        {onAccept && (
          <button
            type="button"
            className="button button-primary button-small"
            aria-describedby={headingId}
            disabled={suggestion.label.trim() === ""}
            onClick={onAccept}
          >
            {t("suggest.accept")}
          </button>
        )}
        <button type="button" className="button button-small" aria-describedby={headingId} onClick={onReject}>
          {t("suggest.reject")}
        </button>
      </div>
    </li>
  );
}
