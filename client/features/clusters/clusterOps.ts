import { newId } from "../../../shared/ids";
import type { Card } from "../../../shared/model";
import type { Op } from "../../../shared/ops";

/**
 * The op that puts `card` together with `target` (CLU-2, CLU-5): into the target's cluster, or a new
 * cluster of the two (the target first, where the cluster then stands).
 */
export function clusterWithOp(card: Card, target: Card): Op {
  if (target.clusterId) return { type: "cluster.addCard", clusterId: target.clusterId, cardId: card.id };
  return { type: "cluster.create", clusterId: newId(), cardIds: [target.id, card.id], title: "" };
}

export const takeOutOp = (card: Card): Op => ({ type: "cluster.removeCard", cardId: card.id });

/** `card` merged into `kept` (CLU-6): `kept` stays with both texts and names. */
export const mergeIntoOp = (card: Card, kept: Card): Op => ({
  type: "card.merge",
  cardId: kept.id,
  mergedCardId: card.id,
});
