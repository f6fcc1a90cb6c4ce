import { type RecordWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import type { Card } from "../../model";
import type { Cluster } from "./records";

/**
 * For the card rules (card.move to another column, card.remove, column.remove): the clusters that
 * `leaving` cards leave without any card, removed (CLU-4). A card moving to another column leaves
 * its cluster; its put is the caller's (`withoutCluster`).
 */
export function clustersLeftEmpty(view: RecordView, leaving: readonly Card[]): RecordWrite[] {
  const leavingIds = new Set(leaving.map((card) => card.id));
  const clusterIds = new Set(leaving.flatMap((card) => (card.clusterId ? [card.clusterId] : [])));
  const writes: RecordWrite[] = [];
  for (const clusterId of clusterIds) {
    const cluster = view.get<Cluster>("cluster", clusterId);
    if (!cluster) continue;
    const staying = view.where<Card>("card", "clusterId", clusterId).some((card) => !leavingIds.has(card.id));
    if (!staying) writes.push(removeWrite(cluster));
  }
  return writes;
}

/** A card as it is outside any cluster (a card that never had one stays as it was). */
export function withoutCluster<C extends Card>(card: C): C {
  return card.clusterId ? { ...card, clusterId: null } : card;
}
