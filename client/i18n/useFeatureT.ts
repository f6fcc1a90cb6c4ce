import { useCallback } from "react";
import { format } from "./format";
import { useI18n } from "./I18nProvider";
import type { MessageKey, MessageVars } from "./messages";

/** A feature's translate function: its own words first, then the app's. */
export type FeatureTranslate<Key extends string> = (key: Key | MessageKey, vars?: MessageVars) => string;

/**
 * Like useT, and a lazily loaded feature's own words as well (its messages.ts, by language; German
 * where a language has none), so they stay out of the board page's first load.
 */
export function useFeatureT<Key extends string>(
  words: Record<string, Record<string, string>>,
  fallback: Record<string, string>,
): FeatureTranslate<Key> {
  const { language, t } = useI18n();
  return useCallback<FeatureTranslate<Key>>(
    (key, vars) => {
      const own = words[language] ?? fallback;
      return key in own ? format(own[key], vars) : t(key as MessageKey, vars);
    },
    [words, fallback, language, t],
  );
}
