import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { moderationDe, moderationEn } from "./messages";

export type ModerationKey = keyof typeof moderationDe;
export type ModerationTranslate = FeatureTranslate<ModerationKey>;

const WORDS: Record<string, Record<string, string>> = { de: moderationDe, en: moderationEn };

/** Like useT, and moderation's own words (messages.ts) as well. */
export function useModerationT(): ModerationTranslate {
  return useFeatureT<ModerationKey>(WORDS, moderationDe);
}
