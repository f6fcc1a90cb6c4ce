import { createContext, useContext } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Actor, Card, Column } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import type { CardGroups } from "./selectors";

/** A card moved by keyboard or menu (CARD-5): within its column, or to the neighbouring one. */
export type MoveDirection = "up" | "down" | "left" | "right";

/** Which element of a card gets focus after a move re-renders it (data-focus values). */
export type CardFocusPart = "card" | "handle" | MoveDirection;

/**
 * What the board's components may do. The same object for as long as the user's role stays, so
 * the thousands of cards of a big board do not render again when some other card changes; the
 * functions read the board as it is when they are called.
 */
export interface BoardUi {
  actions: BoardActions;
  actor: Actor;
  /** Moves a card to `index` of a column (as it looks without the card) and announces where it went. */
  moveCardTo(card: Card, columnId: string, index: number): void;
  /**
   * Moves a card by keyboard or menu, keeps focus on it and announces where it went; not into a
   * column `closed` to this user (MOD-7), and then says why.
   */
  moveCardBy(card: Card, direction: MoveDirection, focus: CardFocusPart, closed?: ClosedColumns): void;
  setMoveMenuCardId(cardId: string | null): void;
  /** Says a change in the board's live region (screen readers). */
  announce(text: string): void;
  /** A card's label as its kind makes it (UI-7), for slices that show cards they do not own. */
  cardLabel(card: Card): string;
  /** Adds a card, asking for the display name first if the user never chose one. False if cancelled. */
  postCard(columnId: string, content: Card["content"]): Promise<boolean>;
}

/** The columns closed to this user now (locked for participants, MOD-7). */
export interface ClosedColumns {
  has(columnId: string): boolean;
  /** What the live region says when a move would take a card into a closed column. */
  refusal(cardTitle: string, columnTitle: string): string;
}

/** The board as it is now; a new object whenever it changes. Read only where the whole board matters. */
export interface BoardLayout {
  columns: readonly Column[];
  /** A column whose cards did not change keeps the same array. */
  cardsByColumn: CardGroups;
  /** Card whose move menu is open; kept here so the menu stays open when the card changes column. */
  moveMenuCardId: string | null;
  /** Every record as shown now, for what a feature reads beyond columns and cards (clusters). */
  board: BoardState;
}

export const BoardUiContext = createContext<BoardUi | null>(null);
export const BoardLayoutContext = createContext<BoardLayout | null>(null);

export function useBoardUi(): BoardUi {
  const ui = useContext(BoardUiContext);
  if (!ui) throw new Error("useBoardUi needs a BoardUiContext provider");
  return ui;
}

export function useBoardLayout(): BoardLayout {
  const layout = useContext(BoardLayoutContext);
  if (!layout) throw new Error("useBoardLayout needs a BoardLayoutContext provider");
  return layout;
}
