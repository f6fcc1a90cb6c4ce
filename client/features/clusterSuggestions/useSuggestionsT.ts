import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { suggestionsDe, suggestionsEn } from "./messages";

export type SuggestionsKey = keyof typeof suggestionsDe;

const WORDS: Record<string, Record<string, string>> = { de: suggestionsDe, en: suggestionsEn };

/** Like useT, and the suggested clusters' own words (messages.ts) as well. */
export function useSuggestionsT(): FeatureTranslate<SuggestionsKey> {
  return useFeatureT<SuggestionsKey>(WORDS, suggestionsDe);
}
