/** Clusters of topic cards and merging (CLU-1..7): their frame, op builders and layout. */
export { type Cluster, cardsOfCluster, clustersOf } from "../../../shared/features/clusters";
export { ClusterHeader } from "./ClusterHeader";
export { type ClusterSlot, type GatheredCards, gatherClusters } from "./clusterLayout";
export { clusterWithOp, mergeIntoOp, takeOutOp } from "./clusterOps";
