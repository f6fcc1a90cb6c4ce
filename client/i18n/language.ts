import { isLanguage, type Language, languageOfBrowser } from "../../shared/languages";
import type { KeyValueStorage } from "../sync/storage";

export { LANGUAGES, type Language } from "../../shared/languages";

const LANGUAGE_KEY = "themenwand:language";

/** The stored choice, else the browser's language: German for any de-*, English otherwise. */
export function initialLanguage(storage: KeyValueStorage, browserLanguage: string | undefined): Language {
  const stored = storage.getItem(LANGUAGE_KEY);
  if (isLanguage(stored)) return stored;
  return languageOfBrowser(browserLanguage);
}

export function storeLanguage(storage: KeyValueStorage, language: Language): void {
  try {
    storage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage denied: the choice holds for this page only.
  }
}
