export { admittedCard, cardAudience, editedCard, mergeWouldPublish } from "./cardModeration";
export { moderationEditTargets, moderationOpVersions } from "./edits";
export { type Entrant, linksOnlyProblem } from "./linksOnly";
export type { ModerationOp } from "./ops";
export {
  type ColumnLock,
  type Lock,
  MODERATION_LIMITS,
  MODERATION_SETTINGS_ID,
  MODERATION_WORDS_ID,
  type ModerationSettings,
  type ModerationWords,
} from "./records";
export { reviewRules } from "./reviewRules";
export { DEFAULT_MODERATION, isHiddenColumn, isLockedColumn, lockedProblem, moderationOf } from "./settings";
export { settingsRules } from "./settingsRules";
export { cardVisibility } from "./visibility";
export { matchesWordList } from "./words";
