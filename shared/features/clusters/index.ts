export { clusterRules } from "./clusterRules";
export { clusterEditTargets, clusterOpVersions } from "./edits";
export { clustersLeftEmpty, withoutCluster } from "./leaving";
export { CLUSTER_LIMITS } from "./limits";
export { mergeRule } from "./mergeRule";
export type { ClusterOp } from "./ops";
export type { Cluster } from "./records";
export { cardsOfCluster, clustersOf } from "./selectors";
