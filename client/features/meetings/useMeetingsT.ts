import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { meetingsDe } from "./messagesDe";
import { meetingsEn } from "./messagesEn";

export type MeetingsKey = keyof typeof meetingsDe;
export type MeetingsTranslate = FeatureTranslate<MeetingsKey>;

const WORDS: Record<string, Record<string, string>> = { de: meetingsDe, en: meetingsEn };

/** Like useT, and the meetings view's own words (messagesDe.ts, messagesEn.ts) as well. */
export function useMeetingsT(): MeetingsTranslate {
  return useFeatureT<MeetingsKey>(WORDS, meetingsDe);
}
