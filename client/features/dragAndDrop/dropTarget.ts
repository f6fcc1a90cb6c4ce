import type { Card } from "../../../shared/model";

export interface DropTarget {
  columnId: string;
  /** Index in the target column as it looks without the dragged card. */
  index: number;
  /** For showing it: the card the drop lands next to (null: the column's end), and on which side. */
  nextTo: string | null;
  side: "before" | "after";
}

export type DropOver =
  | { kind: "column"; columnId: string }
  | { kind: "card"; cardId: string; columnId: string; pointerBelowCentre: boolean };

/**
 * Where a dragged card lands. Within its own column the list shows the card already at the hovered
 * card's place (sortable), so it takes that index; over another column it goes before or after the
 * hovered card depending on which half the pointer is in, or to the end over empty space.
 */
export function dropTarget(
  cardsByColumn: ReadonlyMap<string, readonly Card[]>,
  dragged: Card,
  over: DropOver,
): DropTarget | null {
  const full = cardsByColumn.get(over.columnId);
  if (!full) return null;
  const others = full.filter((card) => card.id !== dragged.id);
  if (over.kind === "column") {
    if (over.columnId === dragged.columnId) return null;
    return { columnId: over.columnId, index: others.length, nextTo: null, side: "after" };
  }
  if (over.cardId === dragged.id) return null;
  if (over.columnId === dragged.columnId) {
    const index = full.findIndex((card) => card.id === over.cardId);
    const from = full.findIndex((card) => card.id === dragged.id);
    if (index < 0) return null;
    return { columnId: over.columnId, index, nextTo: over.cardId, side: index > from ? "after" : "before" };
  }
  const index = others.findIndex((card) => card.id === over.cardId);
  if (index < 0) return null;
  const side = over.pointerBelowCentre ? "after" : "before";
  return { columnId: over.columnId, index: index + (side === "after" ? 1 : 0), nextTo: over.cardId, side };
}
