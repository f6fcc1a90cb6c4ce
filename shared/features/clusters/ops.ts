import { z } from "zod";
import { EntityId } from "../../fields";
import { userText } from "../../text";
import { CLUSTER_LIMITS } from "./limits";

const ClusterTitle = userText(CLUSTER_LIMITS.title);

/** Forms a cluster of 2..N cards, gathered after the first one in its column, in the order given. */
export const ClusterCreateOp = z.strictObject({
  type: z.literal("cluster.create"),
  clusterId: EntityId,
  cardIds: z.array(EntityId).min(2).max(CLUSTER_LIMITS.cardsPerCreate),
  title: ClusterTitle.default(""),
});

export const ClusterAddCardOp = z.strictObject({
  type: z.literal("cluster.addCard"),
  clusterId: EntityId,
  cardId: EntityId,
});

export const ClusterRemoveCardOp = z.strictObject({
  type: z.literal("cluster.removeCard"),
  cardId: EntityId,
});

export const ClusterRenameOp = z.strictObject({
  type: z.literal("cluster.rename"),
  clusterId: EntityId,
  title: ClusterTitle,
  baseVersion: z.int().nonnegative(),
});

export const ClusterDissolveOp = z.strictObject({
  type: z.literal("cluster.dissolve"),
  clusterId: EntityId,
});

/** Merges `mergedCardId` into `cardId`: the first stays, the second goes, its words and name kept on the first. */
export const CardMergeOp = z.strictObject({
  type: z.literal("card.merge"),
  cardId: EntityId,
  mergedCardId: EntityId,
});

export const CLUSTER_OPS = [
  ClusterCreateOp,
  ClusterAddCardOp,
  ClusterRemoveCardOp,
  ClusterRenameOp,
  ClusterDissolveOp,
  CardMergeOp,
] as const;

export type ClusterOp = z.output<(typeof CLUSTER_OPS)[number]>;
