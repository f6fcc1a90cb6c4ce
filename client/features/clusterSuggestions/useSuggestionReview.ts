import { useCallback, useRef, useState } from "react";
import { requestSuggestions } from "./requestSuggestions";
import type { ShownDuplicate, ShownSuggestion } from "./types";

export type ReviewStatus = "idle" | "loading" | "failed" | "tooMany" | "shown";

/**
 * The suggestions a moderator reviews: asked for on demand, each kept until it is accepted, rejected,
 * merged or dismissed. Cards removed from the board meanwhile drop out; a suggestion left with fewer
 * than two cards, or a duplicate with one gone, is no longer shown.
 */
export function useSuggestionReview(
  boardId: string,
  moderatorKey: string,
  titleOf: (cardId: string) => string | null,
  apiBase = "",
) {
  const [status, setStatus] = useState<ReviewStatus>("idle");
  const [suggestions, setSuggestions] = useState<ShownSuggestion[]>([]);
  const [duplicates, setDuplicates] = useState<ShownDuplicate[]>([]);
  const latest = useRef(0);

  const ask = useCallback(
    async (columnId: string | null) => {
      const asked = ++latest.current;
      setStatus("loading");
      const reply = await requestSuggestions(boardId, moderatorKey, columnId, apiBase);
      // A newer request (or closing the panel) wins over an older answer.
      if (asked !== latest.current) return;
      if (!reply.ok) return setStatus(reply.reason);
      const { answer } = reply;
      setSuggestions(answer.suggestions.map((each, index) => ({ key: `s${asked}-${index}`, ...each })));
      setDuplicates(answer.duplicates.map(([a, b], index) => ({ key: `d${asked}-${index}`, a, b })));
      setStatus("shown");
    },
    [boardId, moderatorKey, apiBase],
  );

  const close = useCallback(() => {
    latest.current++;
    setStatus("idle");
    setSuggestions([]);
    setDuplicates([]);
  }, []);

  const relabel = (key: string, label: string) =>
    setSuggestions((shown) => shown.map((each) => (each.key === key ? { ...each, label } : each)));
  const dropSuggestion = (key: string) => setSuggestions((shown) => shown.filter((each) => each.key !== key));
  const dropDuplicate = (key: string) => setDuplicates((shown) => shown.filter((each) => each.key !== key));

  const present = (cardId: string) => titleOf(cardId) !== null;
  return {
    status,
    suggestions: suggestions
      .map((each) => ({ ...each, cardIds: each.cardIds.filter(present) }))
      .filter((each) => each.cardIds.length > 1),
    duplicates: duplicates.filter((each) => present(each.a) && present(each.b)),
    ask,
    close,
    relabel,
    dropSuggestion,
    dropDuplicate,
  };
}
