import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { votingDe, votingEn } from "./messages";

export type VotingKey = keyof typeof votingDe;
export type VotingTranslate = FeatureTranslate<VotingKey>;

const WORDS: Record<string, Record<string, string>> = { de: votingDe, en: votingEn };

/** Like useT, and voting's own words (messages.ts) as well. */
export function useVotingT(): VotingTranslate {
  return useFeatureT<VotingKey>(WORDS, votingDe);
}
