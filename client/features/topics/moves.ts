import type { Card, Column } from "../../../shared/model";

import type { MoveDirection } from "../board";

export type { MoveDirection };

export interface MoveTarget {
  columnId: string;
  /** Index in the target column as it looks without the moved card. */
  index: number;
}

/**
 * Where a keyboard move takes a card: one place up or down in its column, or the same place
 * (clamped) in the neighbouring column. Null when there is nowhere to go.
 */
export function planMove(
  columns: readonly Column[],
  cardsByColumn: ReadonlyMap<string, readonly Card[]>,
  card: Card,
  direction: MoveDirection,
): MoveTarget | null {
  const siblings = cardsByColumn.get(card.columnId) ?? [];
  const index = siblings.findIndex((sibling) => sibling.id === card.id);
  if (index < 0) return null;
  if (direction === "up") return index > 0 ? { columnId: card.columnId, index: index - 1 } : null;
  if (direction === "down") {
    return index < siblings.length - 1 ? { columnId: card.columnId, index: index + 1 } : null;
  }
  const columnIndex = columns.findIndex((column) => column.id === card.columnId);
  const target = columns[columnIndex + (direction === "left" ? -1 : 1)];
  if (columnIndex < 0 || !target) return null;
  const targetLength = cardsByColumn.get(target.id)?.length ?? 0;
  return { columnId: target.id, index: Math.min(index, targetLength) };
}

export const ARROW_DIRECTIONS: Readonly<Record<string, MoveDirection>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};
