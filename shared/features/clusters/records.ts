import type { BaseRecord } from "../../core/records";

/**
 * A framed group of topic cards in one column (CLU-1). Membership is held by the cards
 * (`Card.clusterId`), not here: adding a card writes only that card, so concurrent adds from several
 * browsers never touch one shared list. The cluster shows where its first card (by rank) stands.
 */
export interface Cluster extends BaseRecord {
  type: "cluster";
  audience: "board";
  /** A moderator's tool, like a column: it has no author (ANON-1). */
  authorId: null;
  /** May be empty: an untitled cluster. */
  title: string;
  createdAt: number;
  updatedAt: number;
}
