import type { LinkScope } from "./core/linkScope";
import type { BaseRecord } from "./core/records";
import type { FairShares } from "./limits";

/**
 * The board's data as client and server see it: typed records (shared/core/records.ts). These are
 * plain types for data the server made; input from outside is described by the zod schemas in
 * ops.ts and api.ts.
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

/** What a board can show (VIEW-1): its theme columns, its meetings, its networking wall, its working groups (AG-6). */
export const BOARD_VIEWS = ["columns", "meetings", "wall", "groups"] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];

/** A board stored before views existed shows its theme columns and its meetings, as it did (VIEW-1). */
export const DEFAULT_BOARD_VIEWS: readonly BoardView[] = ["columns", "meetings"];

/** The board's own record: one per board, its id is the board id. */
export interface BoardMeta extends BaseRecord {
  type: "board";
  title: string;
  description: string;
  createdAt: number;
  /**
   * The views the board shows, the first one opening by default (VIEW-1); none in boards stored
   * before views existed: read it through `boardViews`.
   */
  views?: BoardView[];
}

/** The views a board shows, in its order (VIEW-1). */
export function boardViews(board: Pick<BoardMeta, "views">): readonly BoardView[] {
  return board.views && board.views.length > 0 ? board.views : DEFAULT_BOARD_VIEWS;
}

/** The view a board opens on: the one asked for (VIEW-3) when the board shows it, else its first. */
export function openingView(views: readonly BoardView[], asked: BoardView | null): BoardView {
  return asked && views.includes(asked) ? asked : views[0];
}

export interface Column extends BaseRecord {
  type: "column";
  title: string;
  /** A short description shown under the title, "" for none (COL-4). */
  description: string;
  rank: string;
}

/**
 * A column as a store, an op log or an older peer may hold it: columns written before COL-4 have
 * no description. Read records through `columnWithDefaults` before using them as a `Column`.
 */
export type StoredColumn = Omit<Column, "description"> & { description?: string };

/** A stored column as the app uses it: a missing description reads as "" (COL-4). */
export function columnWithDefaults(stored: StoredColumn): Column {
  return stored.description === undefined ? { ...stored, description: "" } : (stored as Column);
}

/**
 * A card in a column. `authorId` is the public id of the author's token (null for cards posted
 * without one, e.g. via the API); `version` counts content edits, not moves.
 */
export interface Card extends BaseRecord {
  type: "card";
  columnId: string;
  /** Fractional-index key; cards in a column sort by rank, then id. */
  rank: string;
  /** Display name the author chose; null means anonymous. */
  authorName: string | null;
  content: CardContent;
  createdAt: number;
  updatedAt: number;
  /** The cluster it belongs to (CLU-1); absent or null: none. Cards stored before clusters have none. */
  clusterId?: string | null;
  /** Cards merged into this one (CLU-6): their words and author names, kept read-only. */
  merged?: readonly MergedCard[];
  /**
   * MOD-1: waiting for a moderator, or rejected with `reviewReason` for its author; absent: nothing
   * to review. A waiting or rejected card reaches its author and the moderators only.
   */
  review?: "waiting" | "rejected";
  reviewReason?: string;
  /** MOD-3: posted into a hidden column; reaches its author and the moderators until a reveal. */
  hiddenUntilReveal?: true;
  /** MOD-5: its author name (and merged ones) leave the server for its author alone. */
  nameHidden?: true;
}

/** A card merged into another: what it said and who wrote it (never its author id: ANON-1). */
export interface MergedCard {
  authorName: string | null;
  content: CardContent;
  createdAt: number;
}

/** Every record a board holds, in no particular order, at one revision. */
export interface BoardSnapshot {
  boardId: string;
  /** The board's revision: how many changes it has committed. */
  revision: number;
  records: BaseRecord[];
}

export type Role = "moderator" | "participant";

/** Who is doing an op, as the server established it (never taken from the op itself). */
export interface Actor {
  role: Role;
  authorId: string | null;
  /** Server only: the sender's address as a per-board hash, for per-address fair shares (FAIR-4). */
  addressBucket?: string;
  /** Server only: the configured fair shares; rules fall back to DEFAULT_FAIR_SHARES. */
  shares?: FairShares;
  /**
   * A moderator who joined with a co-moderator link, not the board's own key: that link's id
   * (COMOD-3, COMOD-4). Ops are refused once it is revoked; it may not manage co-moderator links.
   */
  moderatorInviteId?: string;
  /** A special link's holder (LINK-4): only the ops their link allows reach a rule. */
  scope?: LinkScope;
  /** Server only: which special link, checked against the board inside the op's transaction (LINK-5). */
  link?: { id: string; keyHash: string };
}
