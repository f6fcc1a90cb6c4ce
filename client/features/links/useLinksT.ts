import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { linksDe, linksEn } from "./messages";

export type LinksKey = keyof typeof linksDe;
export type LinksTranslate = FeatureTranslate<LinksKey>;

const WORDS: Record<string, Record<string, string>> = { de: linksDe, en: linksEn };

/** Like useT, and the special links' own words (messages.ts) as well. */
export function useLinksT(): LinksTranslate {
  return useFeatureT<LinksKey>(WORDS, linksDe);
}
