import type { BoardView, CardContent, Column } from "../../shared/model";
import type { Op } from "../../shared/ops";

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
