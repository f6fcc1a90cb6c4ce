import type { BaseRecord } from "../../core/records";

/** The one settings record of a board (MOD-1..5): everyone reads it, so pages can say what applies. */
export const MODERATION_SETTINGS_ID = "moderation-settings";
/** The one word list of a board (MOD-2): moderators only. */
export const MODERATION_WORDS_ID = "moderation-words";

/** A lock: from `lockAt` (server time, ms) on, or at once when null (MOD-4). */
export interface Lock {
  lockAt: number | null;
}

export interface ColumnLock extends Lock {
  columnId: string;
}

/**
 * A board's moderation settings. Per column entries name columns by id; one of a removed column is
 * left behind harmlessly (nothing refers to it any more).
 */
export interface ModerationSettings extends BaseRecord {
  type: "moderationSettings";
  audience: "board";
  authorId: null;
  /** MOD-1: new cards of participants wait for a moderator. */
  approval: boolean;
  /** MOD-5: card authors' names leave the server for their author alone. */
  namesHidden: boolean;
  /** MOD-3: new cards of participants anywhere stay with their author until a reveal. */
  hiddenBoard: boolean;
  hiddenColumns: string[];
  /** MOD-4: the whole board is read-only for participants (from `lockAt`). */
  boardLock: Lock | null;
  columnLocks: ColumnLock[];
  /** LINK-7: the board opens only for moderators and special links' holders (absent in older records: off). */
  linksOnly?: boolean;
}

/** MOD-2: words that send a participant's card to the queue; moderators only read them. */
export interface ModerationWords extends BaseRecord {
  type: "moderationWords";
  audience: "moderators";
  authorId: null;
  words: string[];
}

export const MODERATION_LIMITS = {
  words: 200,
  wordLength: 60,
  rejectReason: 500,
} as const;
