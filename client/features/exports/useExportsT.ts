import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { exportsDe, exportsEn } from "./messages";

export type ExportsKey = keyof typeof exportsDe;
export type ExportsTranslate = FeatureTranslate<ExportsKey>;

const WORDS: Record<string, Record<string, string>> = { de: exportsDe, en: exportsEn };

/** Like useT, and the export menu's own words (messages.ts) as well. */
export function useExportsT(): ExportsTranslate {
  return useFeatureT<ExportsKey>(WORDS, exportsDe);
}
