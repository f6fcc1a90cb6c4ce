import { useCallback } from "react";
import { format } from "../../i18n/format";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey, MessageVars } from "../../i18n/messages";
import { networkingDe, networkingEn } from "./messages";

export type NetworkingKey = keyof typeof networkingDe;
export type NetworkingTranslate = (key: NetworkingKey | MessageKey, vars?: MessageVars) => string;

const WORDS: Record<string, Record<string, string>> = { de: networkingDe, en: networkingEn };

/** Like useT, and the wall's own words (messages.ts) as well. */
export function useNetworkingT(): NetworkingTranslate {
  const { language, t } = useI18n();
  return useCallback<NetworkingTranslate>(
    (key, vars) => {
      const own = WORDS[language] ?? networkingDe;
      return key in own ? format(own[key], vars) : t(key as MessageKey, vars);
    },
    [language, t],
  );
}
