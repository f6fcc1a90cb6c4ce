import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { timerDe, timerEn } from "./messages";

export type TimerKey = keyof typeof timerDe;
export type TimerTranslate = FeatureTranslate<TimerKey>;

const WORDS: Record<string, Record<string, string>> = { de: timerDe, en: timerEn };

/** Like useT, and the timer's own words (messages.ts) as well. */
export function useTimerT(): TimerTranslate {
  return useFeatureT<TimerKey>(WORDS, timerDe);
}
