import type { BoardState } from "../../../shared/boardState";
import {
  DEFAULT_MODERATION,
  MODERATION_SETTINGS_ID,
  MODERATION_WORDS_ID,
  type ModerationSettings,
  type ModerationWords,
} from "../../../shared/features/moderation";
import type { Card } from "../../../shared/model";

export const moderationSettingsOf = (board: BoardState): ModerationSettings =>
  (board.moderationSettings?.[MODERATION_SETTINGS_ID] as ModerationSettings | undefined) ?? DEFAULT_MODERATION;

export const wordListOf = (board: BoardState): readonly string[] =>
  (board.moderationWords?.[MODERATION_WORDS_ID] as ModerationWords | undefined)?.words ?? [];

const cardsOf = (board: BoardState) => Object.values(board.card ?? {}) as Card[];

/** The queue (MOD-1): waiting cards, oldest first. */
export const waitingCards = (board: BoardState): Card[] =>
  cardsOf(board)
    .filter((card) => card.review === "waiting")
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));

/** How many cards of a column (or of the board) are hidden until a reveal (MOD-3). */
export const hiddenCount = (board: BoardState, columnId: string | null): number =>
  cardsOf(board).filter((card) => card.hiddenUntilReveal && (columnId === null || card.columnId === columnId)).length;

/** A lock time as the reader's wall clock shows it. */
export const clockTime = (at: number, language: string): string =>
  new Date(at).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" });
