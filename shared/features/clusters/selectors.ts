import type { RecordMap } from "../../core/recordState";
import { type RecordView, viewOf } from "../../core/recordView";
import type { Card } from "../../model";
import type { Cluster } from "./records";

const asView = (state: RecordMap | RecordView): RecordView =>
  typeof (state as RecordView).where === "function" ? (state as RecordView) : viewOf(state as RecordMap);

/** A cluster's cards in rank order (the order they show in its frame); none for an unknown cluster. */
export function cardsOfCluster(state: RecordMap | RecordView, clusterId: string): readonly Card[] {
  return asView(state).where<Card>("card", "clusterId", clusterId);
}

/** Every cluster of the board, in no particular order. */
export function clustersOf(state: RecordMap | RecordView): readonly Cluster[] {
  return asView(state).list<Cluster>("cluster");
}
