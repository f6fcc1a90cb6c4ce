import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { moderationEditTargets, moderationOpVersions } from "./edits";
import { reviewRules, settingsRules } from "./index";
import { MODERATION_OPS } from "./ops";

/**
 * A live workshop's moderation (MOD-1..5): approval and its queue, the word list, hidden until
 * reveal, locks, hidden names. The cards themselves stay the topics feature's: its rules ask this
 * feature's index how a new or edited card is taken, and whether a column is locked.
 */
export const moderationFeature = defineFeature({
  name: "moderation",
  ops: MODERATION_OPS,
  rules: [...settingsRules, ...reviewRules],
  recordTypes: [
    { type: "moderationSettings", audiences: ["board"], personal: NO_PERSONAL_DATA, linkHolders: "structure" },
    { type: "moderationWords", audiences: ["moderators"], personal: NO_PERSONAL_DATA },
  ],
  editTargets: moderationEditTargets,
  since: moderationOpVersions,
});
