import { defineFeature } from "../../core/feature";
import { topicEditTargets, topicOpVersions } from "./edits";
import { topicLinkHolderOps } from "./linkHolders";
import { TOPIC_OPS } from "./ops";
import { topicRules } from "./topicRules";

/** Topic cards in the theme columns (CARD-1..5). */
export const topicsFeature = defineFeature({
  name: "topics",
  ops: TOPIC_OPS,
  rules: topicRules,
  recordTypes: [{ type: "card", audiences: ["board"], linkHolders: "byColumn" }],
  editTargets: topicEditTargets,
  since: topicOpVersions,
  linkHolderOps: topicLinkHolderOps,
});
