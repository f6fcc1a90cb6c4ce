import type { KeyValueStorage } from "../sync/storage";

export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = "themenwand:language";

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the browser's language: German for any de-*, English otherwise. */
export function initialLanguage(storage: KeyValueStorage, browserLanguage: string | undefined): Language {
  const stored = storage.getItem(LANGUAGE_KEY);
  if (isLanguage(stored)) return stored;
  return browserLanguage?.toLowerCase().startsWith("de") ? "de" : "en";
}

export function storeLanguage(storage: KeyValueStorage, language: Language): void {
  try {
    storage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage denied: the choice holds for this page only.
  }
}
