import type { BoardState } from "../../shared/boardState";
import type { Change } from "../../shared/changes";
import type { Op } from "../../shared/ops";

/** The ops that carry a baseVersion: text edits, which must never win over text their author did not see. */
export type TextEdit = Extract<Op, { type: "card.edit" | "board.update" | "column.rename" }>;

export function isTextEdit(op: Op): op is TextEdit {
  return op.type === "card.edit" || op.type === "board.update" || op.type === "column.rename";
}

/** Which entity a text edit changes: "board", "column:<id>" or "card:<id>". */
export function editedEntity(op: TextEdit): string {
  switch (op.type) {
    case "board.update":
      return "board";
    case "column.rename":
      return `column:${op.columnId}`;
    case "card.edit":
      return `card:${op.cardId}`;
  }
}

/** The version of the edited entity in a state; undefined when it is gone. */
export function versionIn(state: BoardState | null, op: TextEdit): number | undefined {
  if (!state) return undefined;
  switch (op.type) {
    case "board.update":
      return state.board.version;
    case "column.rename":
      return state.columns[op.columnId]?.version;
    case "card.edit":
      return state.cards[op.cardId]?.version;
  }
}

/** The version a committed change gave its entity; undefined for a removal. */
export function committedVersion(change: Change): number | undefined {
  switch (change.type) {
    case "board.put":
      return change.board.version;
    case "column.put":
      return change.column.version;
    case "card.put":
      return change.card.version;
    default:
      return undefined;
  }
}

/** The same edit, based on the version the server committed for its predecessor. */
export function rebased(op: TextEdit, baseVersion: number): TextEdit {
  return { ...op, baseVersion };
}
