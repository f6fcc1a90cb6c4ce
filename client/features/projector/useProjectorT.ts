import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { projectorDe, projectorEn } from "./messages";

export type ProjectorKey = keyof typeof projectorDe;
export type ProjectorTranslate = FeatureTranslate<ProjectorKey>;

const WORDS: Record<string, Record<string, string>> = { de: projectorDe, en: projectorEn };

/** Like useT, and the projector's own words (messages.ts) as well. */
export function useProjectorT(): ProjectorTranslate {
  return useFeatureT<ProjectorKey>(WORDS, projectorDe);
}
