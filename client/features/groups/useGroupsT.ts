import { type FeatureTranslate, useFeatureT } from "../../i18n/useFeatureT";
import { groupsDe, groupsEn } from "./messages";

export type GroupsKey = keyof typeof groupsDe;
export type GroupsTranslate = FeatureTranslate<GroupsKey>;

const WORDS: Record<string, Record<string, string>> = { de: groupsDe, en: groupsEn };

/** Like useT, and the working groups' own words (messages.ts) as well. */
export function useGroupsT(): GroupsTranslate {
  return useFeatureT<GroupsKey>(WORDS, groupsDe);
}
