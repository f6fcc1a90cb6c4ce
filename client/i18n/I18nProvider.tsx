import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { browserStorage } from "../sync/storage";
import { format } from "./format";
import { type Language, storeLanguage } from "./language";
import { loadedMessages, loadMessages } from "./loadMessages";
import type { MessageKey, MessageVars } from "./messages";

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  formatDateTime(epochMs: number): string;
}

const I18nContext = createContext<I18n | null>(null);

/** `language` is where to start; its messages must be loaded already (see loadMessages and main.tsx). */
export function I18nProvider({ language: first, children }: { language: Language; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (loadedMessages(first) ? first : "de"));

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(browserStorage(), next);
    // A language that cannot be fetched (offline) leaves the page in the one it speaks.
    loadMessages(next).then(
      () => setLanguageState(next),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const messages = loadedMessages(language) ?? loadedMessages("de");
    if (!messages) throw new Error("German messages are always loaded");
    // Made when first used: a page's first Intl format loads the browser's locale data, a long task
    // on a phone that most pages do not need.
    let dateFormat: Intl.DateTimeFormat | undefined;
    return {
      language,
      setLanguage,
      t: (key, vars) => format(messages[key], vars),
      formatDateTime: (epochMs) => {
        dateFormat ??= new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
        return dateFormat.format(epochMs);
      },
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n needs an I18nProvider");
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}
