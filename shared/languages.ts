/** The languages the pages speak; German first. */
export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string | null | undefined): value is Language {
  return value != null && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a browser's preferred one (`navigator.language`, or the first tag of an
 * Accept-Language header): German for any de-*, English otherwise. The client and the server's first
 * paint (server/http/pagePreloads.ts) choose alike.
 */
export function languageOfBrowser(tag: string | undefined): Language {
  return tag?.trim().toLowerCase().startsWith("de") ? "de" : "en";
}

/** The first language of an Accept-Language header (the one navigator.language reports). */
export function languageOfAcceptHeader(header: string | undefined): Language {
  return languageOfBrowser(header?.split(",")[0]?.split(";")[0]);
}
