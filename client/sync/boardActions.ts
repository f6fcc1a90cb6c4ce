import { cardsOf, columnsOf } from "../../shared/boardState";
import { newId } from "../../shared/ids";
import type { BoardView, Card, CardContent, Column, StoredColumn } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { rankForIndex, sortRanked } from "../../shared/ordering";
import type { BoardSync } from "./BoardSync";

/** What the board UI can ask for. Each action turns into one op; ranks are computed here. */
export interface BoardActions {
  addCard(columnId: string, authorName: string | null, content: CardContent): void;
  /** A conflict comes back through the sync state's problems, with the draft in the op. */
  editCard(cardId: string, baseVersion: number, content: CardContent): void;
  /** Puts the card at `index` of the target column as it looks without the card. */
  moveCard(cardId: string, columnId: string, index: number): void;
  removeCard(cardId: string): void;
  addColumn(title: string, description: string): void;
  /** Title and description together (COL-4), based on the version the moderator saw. */
  updateColumn(column: Column, title: string, description: string): void;
  moveColumn(columnId: string, index: number): void;
  removeColumn(columnId: string): void;
  /** Title, description and the board's views (VIEW-1) together, based on the version the moderator saw. */
  updateBoard(title: string, description: string, views: BoardView[], baseVersion: number): void;
  dismissProblem(opId: string): void;
  /** Any other op (meetings, impulses, registrations): the caller computes its ids and ranks. */
  submit(op: Op): void;
}

export function createBoardActions(sync: BoardSync): BoardActions {
  const board = () => sync.getState().board;
  const send = (op: Op) => void sync.submit(op);

  const cardsIn = (columnId: string, exceptCardId?: string): Card[] =>
    sortRanked(
      Object.values(cardsOf(board() ?? {})).filter((card) => card.columnId === columnId && card.id !== exceptCardId),
    );
  const columnsExcept = (columnId?: string): StoredColumn[] =>
    sortRanked(Object.values(columnsOf(board() ?? {})).filter((column) => column.id !== columnId));

  return {
    addCard(columnId, authorName, content) {
      const siblings = cardsIn(columnId);
      const rank = rankForIndex(siblings, siblings.length);
      send({ type: "card.add", cardId: newId(), columnId, rank, authorName, content });
    },
    editCard(cardId, baseVersion, content) {
      send({ type: "card.edit", cardId, baseVersion, content });
    },
    moveCard(cardId, columnId, index) {
      send({ type: "card.move", cardId, columnId, rank: rankForIndex(cardsIn(columnId, cardId), index) });
    },
    removeCard(cardId) {
      send({ type: "card.remove", cardId });
    },
    addColumn(title, description) {
      const siblings = columnsExcept();
      const rank = rankForIndex(siblings, siblings.length);
      send({ type: "column.add", columnId: newId(), title, description, rank });
    },
    updateColumn(column, title, description) {
      send({ type: "column.update", columnId: column.id, title, description, baseVersion: column.version });
    },
    moveColumn(columnId, index) {
      send({ type: "column.move", columnId, rank: rankForIndex(columnsExcept(columnId), index) });
    },
    removeColumn(columnId) {
      send({ type: "column.remove", columnId });
    },
    updateBoard(title, description, views, baseVersion) {
      send({ type: "board.update", title, description, views, baseVersion });
    },
    dismissProblem(opId) {
      sync.dismissProblem(opId);
    },
    submit: send,
  };
}
