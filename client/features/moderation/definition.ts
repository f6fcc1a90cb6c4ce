import {
  type ModerationOp,
  moderationEditTargets,
  moderationOpVersions,
  reviewRules,
  settingsRules,
} from "../../../shared/features/moderation";
import { defineClientFeature } from "../../core/clientFeature";

const none = () => "";

/**
 * Moderation in the browser (MOD-1..5), predicted from the start: the settings decide how every
 * new card shows. The rules that rewrite many cards (names, reveals) leave out a footprint.
 */
export const moderationClient = defineClientFeature<ModerationOp>({
  name: "moderation",
  ops: {
    "moderation.approval": { label: "action.moderation", submittedText: none },
    "moderation.words": { label: "action.moderation", submittedText: (op) => op.words.join("\n") },
    "moderation.hide": { label: "action.moderation", submittedText: none },
    "moderation.lock": { label: "action.moderation", submittedText: none },
    "moderation.names": { label: "action.moderation", submittedText: none },
    "moderation.linksOnly": { label: "action.moderation", submittedText: none },
    "moderation.approve": { label: "action.moderation", submittedText: none },
    "moderation.reject": { label: "action.moderation", submittedText: (op) => op.reason },
  },
  editTargets: moderationEditTargets,
  opVersions: moderationOpVersions,
  rules: [...settingsRules, ...reviewRules],
});
