import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { clusterRules } from "./clusterRules";
import { clusterEditTargets, clusterOpVersions } from "./edits";
import { mergeRule } from "./mergeRule";
import { CLUSTER_OPS } from "./ops";

/** Clusters of topic cards and merging duplicates (CLU-1..8). */
export const clustersFeature = defineFeature({
  name: "clusters",
  ops: CLUSTER_OPS,
  rules: [...clusterRules, mergeRule],
  recordTypes: [{ type: "cluster", audiences: ["board"], personal: NO_PERSONAL_DATA }],
  editTargets: clusterEditTargets,
  since: clusterOpVersions,
});
