/**
 * The board's data as client and server see it. These are plain types for data the server made;
 * input from outside is described by the zod schemas in ops.ts and api.ts.
 */

/** A topic proposal. Impulse offers and business cards join this union as further kinds. */
export interface TopicContent {
  kind: "topic";
  title: string;
  body: string;
  link: string | null;
}

export type CardContent = TopicContent;
export type CardKind = CardContent["kind"];

export interface Card {
  id: string;
  columnId: string;
  /** Fractional-index key; cards in a column sort by rank, then id. */
  rank: string;
  /** Public id of the author's token, or null for cards posted without one (e.g. via the API). */
  authorId: string | null;
  /** Display name the author chose; null means anonymous. */
  authorName: string | null;
  content: CardContent;
  /** Content version: bumped by every edit (not by moves), checked against an edit's baseVersion. */
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface Column {
  id: string;
  title: string;
  rank: string;
  version: number;
}

export interface BoardMeta {
  id: string;
  title: string;
  description: string;
  version: number;
  createdAt: number;
}

export interface BoardSnapshot {
  board: BoardMeta;
  columns: Column[];
  cards: Card[];
  /** The board's revision: how many changes it has committed. */
  revision: number;
}

export type Role = "moderator" | "participant";

/** Who is doing an op, as the server established it (never taken from the op itself). */
export interface Actor {
  role: Role;
  authorId: string | null;
}
