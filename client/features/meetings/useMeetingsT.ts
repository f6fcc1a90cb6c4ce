import { useCallback } from "react";
import { format } from "../../i18n/format";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey, MessageVars } from "../../i18n/messages";
import { meetingsDe, meetingsEn } from "./messages";

export type MeetingsKey = keyof typeof meetingsDe;
export type MeetingsTranslate = (key: MeetingsKey | MessageKey, vars?: MessageVars) => string;

const WORDS: Record<string, Record<string, string>> = { de: meetingsDe, en: meetingsEn };

/** Like useT, and the meetings view's own words (messages.ts) as well. */
export function useMeetingsT(): MeetingsTranslate {
  const { language, t } = useI18n();
  return useCallback<MeetingsTranslate>(
    (key, vars) => {
      const own = WORDS[language] ?? meetingsDe;
      return key in own ? format(own[key], vars) : t(key as MessageKey, vars);
    },
    [language, t],
  );
}
