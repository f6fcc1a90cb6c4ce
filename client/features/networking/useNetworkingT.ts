import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { networkingDe, networkingEn } from "./messages";

export type NetworkingKey = keyof typeof networkingDe;
export type NetworkingTranslate = FeatureTranslate<NetworkingKey>;

const WORDS: Record<string, Record<string, string>> = { de: networkingDe, en: networkingEn };

/** Like useT, and the wall's own words (messages.ts) as well. */
export function useNetworkingT(): NetworkingTranslate {
  return useFeatureT<NetworkingKey>(WORDS, networkingDe);
}
