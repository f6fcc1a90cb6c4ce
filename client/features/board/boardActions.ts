import { cardsOf, columnsOf } from "../../../shared/boardState";
import { newId } from "../../../shared/ids";
import type { Card, StoredColumn } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { rankForIndex, sortRanked } from "../../../shared/ordering";
import type { BoardActions } from "../../core/boardActions";
import type { SyncEngine } from "../../sync/BoardSync";

export function createBoardActions(sync: SyncEngine): BoardActions {
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
