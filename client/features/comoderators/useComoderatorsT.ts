import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { comoderatorsDe, comoderatorsEn } from "./messages";

export type ComoderatorsKey = keyof typeof comoderatorsDe;

const WORDS: Record<string, Record<string, string>> = { de: comoderatorsDe, en: comoderatorsEn };

/** Like useT, and the moderator links' own words (messages.ts) as well. */
export function useComoderatorsT(): FeatureTranslate<ComoderatorsKey> {
  return useFeatureT<ComoderatorsKey>(WORDS, comoderatorsDe);
}
