import { createContext, useContext } from "react";
import type { Actor, Card, Column } from "../../shared/model";
import type { EditorDrafts } from "../board/editorDrafts";
import type { MoveDirection } from "../board/moves";
import type { BoardActions } from "../sync/boardActions";

/** Which element of a card gets focus after a move re-renders it (data-focus values). */
export type CardFocusPart = "card" | "handle" | MoveDirection;

/** What the board's components share; built once per render of the board page. */
export interface BoardUi {
  actions: BoardActions;
  actor: Actor;
  columns: readonly Column[];
  cardsByColumn: ReadonlyMap<string, readonly Card[]>;
  drafts: EditorDrafts;
  /** Moves a card to `index` of a column (as it looks without the card) and announces where it went. */
  moveCardTo(card: Card, columnId: string, index: number): void;
  /** Moves a card by keyboard or menu, keeps focus on it and announces where it went. */
  moveCardBy(card: Card, direction: MoveDirection, focus: CardFocusPart): void;
  /** Card whose move menu is open; kept here so the menu stays open when the card changes column. */
  moveMenuCardId: string | null;
  setMoveMenuCardId(cardId: string | null): void;
  /** Adds a card, asking for the display name first if the user never chose one. False if cancelled. */
  postCard(columnId: string, content: Card["content"]): Promise<boolean>;
}

export const BoardUiContext = createContext<BoardUi | null>(null);

export function useBoardUi(): BoardUi {
  const ui = useContext(BoardUiContext);
  if (!ui) throw new Error("useBoardUi needs a BoardUiContext provider");
  return ui;
}
