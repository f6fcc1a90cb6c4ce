import {
  type ClusterOp,
  clusterEditTargets,
  clusterOpVersions,
  clusterRules,
  mergeRule,
} from "../../../shared/features/clusters";
import { defineClientFeature } from "../../core/clientFeature";
import { recordKey } from "../../sync/footprint";

/**
 * Clusters and merging in the browser. The ops that gather or free cards read whole clusters and
 * columns, so they leave out a footprint: every committed change replays them (few are pending).
 */
export const clustersClient = defineClientFeature<ClusterOp>({
  name: "clusters",
  ops: {
    "cluster.create": { label: "action.cluster.create", submittedText: (op) => op.title },
    "cluster.addCard": { label: "action.cluster.addCard", submittedText: () => "" },
    "cluster.removeCard": { label: "action.cluster.removeCard", submittedText: () => "" },
    "cluster.rename": {
      label: "action.cluster.rename",
      submittedText: (op) => op.title,
      footprint: (op) => [recordKey({ type: "cluster", id: op.clusterId })],
    },
    "cluster.dissolve": { label: "action.cluster.dissolve", submittedText: () => "" },
    "card.merge": { label: "action.card.merge", submittedText: () => "" },
  },
  editTargets: clusterEditTargets,
  opVersions: clusterOpVersions,
  rules: [...clusterRules, mergeRule],
});
