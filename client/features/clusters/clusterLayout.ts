import type { RecordsById } from "../../../shared/core/recordState";
import type { Cluster } from "../../../shared/features/clusters";
import type { Card } from "../../../shared/model";

/** Where a card sits in its cluster's frame. */
export interface ClusterSlot {
  cluster: Cluster;
  position: "first" | "middle" | "last" | "only";
  size: number;
}

export interface GatheredCards {
  /** The column's cards with each cluster's cards together, where its first card stands. */
  cards: readonly Card[];
  slots: ReadonlyMap<string, ClusterSlot>;
}

const NO_SLOTS: ReadonlyMap<string, ClusterSlot> = new Map();
/** One slot object per cluster record, position and size, so a memoised card renders again only when its own changes. */
const slotCache = new WeakMap<Cluster, Map<string, ClusterSlot>>();

function slotOf(cluster: Cluster, position: ClusterSlot["position"], size: number): ClusterSlot {
  let byKey = slotCache.get(cluster);
  if (!byKey) {
    byKey = new Map();
    slotCache.set(cluster, byKey);
  }
  const key = `${position}:${size}`;
  let slot = byKey.get(key);
  if (!slot) {
    slot = { cluster, position, size };
    byKey.set(key, slot);
  }
  return slot;
}

/**
 * A column's cards (in rank order) as the board shows them (CLU-1): a cluster's cards follow its
 * first one, even when a move put one of them elsewhere in the column. A column without clusters
 * keeps its very array.
 */
export function gatherClusters(cards: readonly Card[], clusters: RecordsById | undefined): GatheredCards {
  const members = new Map<string, Card[]>();
  for (const card of cards) {
    const cluster = card.clusterId ? clusters?.[card.clusterId] : undefined;
    if (!cluster || !card.clusterId) continue;
    const list = members.get(card.clusterId);
    if (list) list.push(card);
    else members.set(card.clusterId, [card]);
  }
  if (members.size === 0) return { cards, slots: NO_SLOTS };
  const gathered: Card[] = [];
  const slots = new Map<string, ClusterSlot>();
  for (const card of cards) {
    const group = card.clusterId ? members.get(card.clusterId) : undefined;
    if (!group) {
      gathered.push(card);
      continue;
    }
    if (group[0] !== card) continue;
    const cluster = clusters?.[card.clusterId as string] as Cluster;
    group.forEach((member, index) => {
      const position =
        group.length === 1 ? "only" : index === 0 ? "first" : index === group.length - 1 ? "last" : "middle";
      slots.set(member.id, slotOf(cluster, position, group.length));
      gathered.push(member);
    });
  }
  return { cards: gathered, slots };
}
