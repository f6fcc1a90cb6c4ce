import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { privacyDe, privacyEn } from "./messages";

export type PrivacyKey = keyof typeof privacyDe;
export type PrivacyTranslate = FeatureTranslate<PrivacyKey>;

const WORDS: Record<string, Record<string, string>> = { de: privacyDe, en: privacyEn };

/** Like useT, and the privacy feature's own words (messages.ts) as well. */
export function usePrivacyT(): PrivacyTranslate {
  return useFeatureT<PrivacyKey>(WORDS, privacyDe);
}
