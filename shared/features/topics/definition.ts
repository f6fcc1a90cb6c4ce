import { defineFeature } from "../../core/feature";
import { cardVisibility } from "../moderation";
import { topicEditTargets, topicOpVersions } from "./edits";
import { topicLinkHolderOps } from "./linkHolders";
import { TOPIC_OPS } from "./ops";
import { cardPersonalData } from "./personal";
import { topicRules } from "./topicRules";

/** Topic cards in the theme columns (CARD-1..5). */
export const topicsFeature = defineFeature({
  name: "topics",
  ops: TOPIC_OPS,
  rules: topicRules,
  // A waiting, rejected or hidden card is its author's and the moderators' (MOD-1, MOD-3).
  recordTypes: [
    {
      type: "card",
      audiences: ["board", "author"],
      personal: cardPersonalData,
      linkHolders: "byColumn",
      ...cardVisibility,
    },
  ],
  editTargets: topicEditTargets,
  since: topicOpVersions,
  linkHolderOps: topicLinkHolderOps,
});
