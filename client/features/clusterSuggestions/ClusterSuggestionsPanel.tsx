import { useId, useState } from "react";
import { DuplicateItem } from "./DuplicateItem";
import { SuggestionItem } from "./SuggestionItem";
import type { ClusterSuggestionsProps } from "./types";
import { useSuggestionReview } from "./useSuggestionReview";
import { useSuggestionsT } from "./useSuggestionsT";
import "./suggestions.css";

/**
 * SUG-6: the moderators' "Cluster vorschlagen" button and the review of what it found. Accepting and
 * merging are the board's clusters' ops, handed in as `onAccept` and `onMerge`.
 */
export function ClusterSuggestionsPanel({
  boardId,
  moderatorKey,
  apiBase,
  columns,
  titleOf,
  onAccept,
  onMerge,
}: ClusterSuggestionsProps) {
  const t = useSuggestionsT();
  const id = useId();
  const [columnId, setColumnId] = useState("");
  const [said, setSaid] = useState("");
  const review = useSuggestionReview(boardId, moderatorKey, titleOf, apiBase);
  const open = review.status !== "idle";
  const nothingLeft = review.suggestions.length === 0 && review.duplicates.length === 0;

  return (
    <section className="cluster-suggestions" aria-labelledby={`${id}-open`} data-testid="cluster-suggestions">
      <div className="cluster-suggestions-bar">
        <button
          id={`${id}-open`}
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          disabled={review.status === "loading"}
          onClick={() => {
            setSaid("");
            void review.ask(columnId || null);
          }}
        >
          {t(open ? "suggest.again" : "suggest.open")}
        </button>
        {columns.length > 1 && (
          <span className="cluster-suggestions-scope">
            <label htmlFor={`${id}-scope`}>{t("suggest.scope")}</label>
            <select id={`${id}-scope`} value={columnId} onChange={(event) => setColumnId(event.target.value)}>
              <option value="">{t("suggest.scope.all")}</option>
              {columns.map((column) => (
                <option key={column.id} value={column.id}>
                  {column.title}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {review.status === "loading" ? t("suggest.loading") : said}
      </p>
      {open && (
        <div id={`${id}-panel`} className="cluster-suggestions-panel" data-testid="cluster-suggestions-panel">
          <div className="cluster-suggestions-head">
            <h2>{t("suggest.heading")}</h2>
            <button type="button" className="button button-small" onClick={review.close}>
              {t("suggest.close")}
            </button>
          </div>
          <p className="cluster-suggestions-intro">{t("suggest.intro")}</p>
          {review.status === "loading" && <p>{t("suggest.loading")}</p>}
          {review.status === "failed" && <p role="alert">{t("suggest.failed")}</p>}
          {review.status === "tooMany" && <p role="alert">{t("suggest.tooMany")}</p>}
          {review.status === "shown" && (
            <>
              <p data-testid="cluster-suggestions-count">
                {nothingLeft
                  ? t(said ? "suggest.done" : "suggest.none")
                  : t("suggest.count", { count: review.suggestions.length, duplicates: review.duplicates.length })}
              </p>
              {review.suggestions.length > 0 && (
                <ol className="suggestion-list">
                  {review.suggestions.map((suggestion, index) => (
                    <SuggestionItem
                      key={suggestion.key}
                      suggestion={suggestion}
                      number={index + 1}
                      titleOf={titleOf}
                      onLabel={(label) => review.relabel(suggestion.key, label)}
                      onAccept={
                        onAccept &&
                        (() => {
                          onAccept(suggestion.cardIds, suggestion.label.trim());
                          review.dropSuggestion(suggestion.key);
                          setSaid(t("suggest.accepted", { label: suggestion.label.trim() }));
                        })
                      }
                      onReject={() => {
                        review.dropSuggestion(suggestion.key);
                        setSaid(t("suggest.rejected"));
                      }}
                    />
                  ))}
                </ol>
              )}
              {review.duplicates.length > 0 && (
                <>
                  <h2 className="suggestion-subheading">{t("suggest.duplicates")}</h2>
                  <ol className="suggestion-list">
                    {review.duplicates.map((duplicate, index) => (
                      <DuplicateItem
                        key={duplicate.key}
                        duplicate={duplicate}
                        number={index + 1}
                        titleOf={titleOf}
                        onMerge={
                          onMerge &&
                          (() => {
                            onMerge(duplicate.a, duplicate.b);
                            review.dropDuplicate(duplicate.key);
                            setSaid(t("suggest.merged"));
                          })
                        }
                        onDismiss={() => {
                          review.dropDuplicate(duplicate.key);
                          setSaid(t("suggest.dismissed"));
                        }}
                      />
                    ))}
                  </ol>
                </>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
