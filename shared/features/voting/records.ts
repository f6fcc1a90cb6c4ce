import type { BaseRecord } from "../../core/records";

/** VOTE-1: votes per person and per card, 1–12. */
export const VOTES_MIN = 1;
export const VOTES_MAX = 12;

/** When a round's counts reach the participants: at once, or when the round closes (VOTE-4). */
export type ResultsShown = "live" | "atClose";

/** One card's place in a closed round: cards with equal votes share a place (1, 1, 3). */
export interface RankedCard {
  cardId: string;
  votes: number;
  place: number;
}

/** What closing a round worked out (VOTE-6): per column in scope, and board-wide. */
export interface RoundRanking {
  columns: { columnId: string; cards: RankedCard[] }[];
  /** The board-wide first three places (more cards when they tie). */
  top: RankedCard[];
}

/**
 * A dot-voting round (VOTE-1): everyone on the board reads its settings and, once closed, its
 * ranking. At most one round is open at a time; closed rounds are kept for comparing.
 */
export interface VotingRound extends BaseRecord {
  type: "votingRound";
  audience: "board";
  authorId: null;
  title: string;
  votesPerPerson: number;
  maxPerCard: number;
  anonymous: boolean;
  results: ResultsShown;
  /** The columns whose cards take votes; null: every column. */
  columnIds: string[] | null;
  status: "open" | "closed";
  openedAt: number;
  closedAt: number | null;
  ranking: RoundRanking | null;
}

/**
 * One person's dots in one round. In an anonymous round only the voter reads it (`authorOnly`,
 * VIS-9), in a named one the voter and the moderators (who read `voterName`). Its id is minted by
 * the voter's browser and never holds an author id (ANON-1).
 */
export interface Ballot extends BaseRecord {
  type: "ballot";
  audience: "author" | "authorOnly";
  authorId: string;
  roundId: string;
  /** Dots per card id. */
  dots: Record<string, number>;
  /** The voter's name in a named round; null in an anonymous one. */
  voterName: string | null;
}

/**
 * A round's counts per card. Moderators read it while results are hidden; everyone once they are
 * live or the round closed (VOTE-4). No voter is in it.
 */
export interface VoteTally extends BaseRecord {
  type: "voteTally";
  audience: "board" | "moderators";
  authorId: null;
  roundId: string;
  counts: Record<string, number>;
  /** How many people voted in the round. */
  voters: number;
}

/** A card a moderator marked as a priority (VOTE-7); its id is the card's id. */
export interface CardPriority extends BaseRecord {
  type: "cardPriority";
  audience: "board";
  authorId: null;
  cardId: string;
  /** The round it came from, if any. */
  roundId: string | null;
  markedAt: number;
}

export const LIKE_SETTINGS_ID = "like-settings";

/** Whether the board shows hearts on its cards (LIKE-1); one per board, id LIKE_SETTINGS_ID. */
export interface LikeSettings extends BaseRecord {
  type: "likeSettings";
  audience: "board";
  authorId: null;
  enabled: boolean;
}

/** One person's like of one card: only that person reads it (`authorOnly`), so nobody learns who liked. */
export interface Like extends BaseRecord {
  type: "like";
  audience: "authorOnly";
  authorId: string;
  cardId: string;
}

/** A card's like count, for everyone; its id is the card's id. */
export interface LikeCount extends BaseRecord {
  type: "likeCount";
  audience: "board";
  authorId: null;
  cardId: string;
  count: number;
}
