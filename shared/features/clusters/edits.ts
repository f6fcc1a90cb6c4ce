import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { ClusterOp } from "./ops";

export const clusterEditTargets: EditTargets<ClusterOp> = {
  "cluster.rename": (op) => ({ type: "cluster", id: op.clusterId }),
};

/** The protocol version that introduced each op (PROTO-2). */
export const clusterOpVersions: OpProtocolVersions<ClusterOp> = {
  "cluster.create": 7,
  "cluster.addCard": 7,
  "cluster.removeCard": 7,
  "cluster.rename": 7,
  "cluster.dissolve": 7,
  "card.merge": 7,
};
