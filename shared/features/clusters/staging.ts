import { putWrite, type RecordWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import type { Card } from "../../model";
import { placeRanked, rankBetween, sortRanked } from "../../ordering";
import type { Cluster } from "./records";

/**
 * One op's changes to cards and clusters, staged on top of the view so that each step sees the
 * earlier ones (a cluster.create places several cards one after another). `writes()` gives each
 * record's last state once, and removes every cluster its changes left without a card.
 */
export class ClusterStaging {
  private readonly cards = new Map<string, Card | null>();
  private readonly clusters = new Map<string, Cluster | null>();
  /** Clusters some card left: removed at the end when none is left in them. */
  private readonly left = new Set<string>();

  constructor(private readonly view: RecordView) {}

  card(id: string): Card | undefined {
    return this.cards.has(id) ? (this.cards.get(id) ?? undefined) : this.view.get<Card>("card", id);
  }

  cluster(id: string): Cluster | undefined {
    return this.clusters.has(id) ? (this.clusters.get(id) ?? undefined) : this.view.get<Cluster>("cluster", id);
  }

  /** A cluster's cards in rank order. */
  membersOf(clusterId: string): Card[] {
    return this.where("clusterId", clusterId);
  }

  /** A column's cards in rank order. */
  cardsIn(columnId: string): Card[] {
    return this.where("columnId", columnId);
  }

  putCluster(cluster: Cluster): void {
    this.clusters.set(cluster.id, cluster);
  }

  removeCluster(clusterId: string): void {
    if (this.cluster(clusterId)) this.clusters.set(clusterId, null);
  }

  putCard(card: Card): void {
    const before = this.card(card.id);
    if (before?.clusterId && before.clusterId !== card.clusterId) this.left.add(before.clusterId);
    this.cards.set(card.id, card);
  }

  removeCard(card: Card): void {
    if (card.clusterId) this.left.add(card.clusterId);
    this.cards.set(card.id, null);
  }

  /** Puts a card into `columnId` right after `afterId` (or first), with `clusterId`, settled as ORD-2 and ORD-3. */
  placeAfter(card: Card, columnId: string, afterId: string | null, clusterId: string | null): void {
    const siblings = this.cardsIn(columnId).filter((sibling) => sibling.id !== card.id);
    const at = afterId === null ? -1 : siblings.findIndex((sibling) => sibling.id === afterId);
    const before = at >= 0 ? siblings[at].rank : null;
    let after = at + 1 < siblings.length ? siblings[at + 1].rank : null;
    // Equal neighbours (a tie not yet repaired): just after `before`, settled below.
    if (before !== null && after !== null && before >= after) after = null;
    const moved: Card = { ...card, columnId, clusterId };
    for (const placed of placeRanked(siblings, moved, rankBetween(before, after))) this.putCard(placed);
  }

  writes(now: number): RecordWrite[] {
    for (const clusterId of this.left) {
      if (this.membersOf(clusterId).length === 0) this.removeCluster(clusterId);
    }
    const writes: RecordWrite[] = [];
    for (const [id, card] of this.cards) {
      if (card) writes.push(putWrite({ ...card, updatedAt: now }));
      else writes.push(removeWrite(this.view.get<Card>("card", id) as Card));
    }
    for (const [id, cluster] of this.clusters) {
      const stored = this.view.get<Cluster>("cluster", id);
      if (cluster) writes.push(putWrite(cluster));
      else if (stored) writes.push(removeWrite(stored));
    }
    return writes;
  }

  private where(field: "clusterId" | "columnId", value: string): Card[] {
    const stored = this.view.where<Card>("card", field, value).filter((card) => !this.cards.has(card.id));
    const staged = [...this.cards.values()].filter((card): card is Card => card !== null && card[field] === value);
    return staged.length === 0 ? [...stored] : sortRanked([...stored, ...staged]);
  }
}
