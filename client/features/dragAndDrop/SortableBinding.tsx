import { useDroppable } from "@dnd-kit/core";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { memo, useLayoutEffect } from "react";
import { columnDropId, type DndBindings } from "./dndBindings";

interface CardProps {
  bindings: DndBindings;
  cardId: string;
  columnId: string;
  canMove: boolean;
  /** The card's list item, rendered by the card itself (see DndBindings). */
  node: HTMLElement;
}

/** Makes a card near the viewport sortable, and tells the card what to show (see DndBindings). */
export const SortableBinding = memo(function SortableBinding({ bindings, cardId, columnId, canMove, node }: CardProps) {
  const sortable = useSortable({
    id: cardId,
    data: { type: "card", columnId },
    // Cards one may not move still take drops, so others can be placed next to them.
    disabled: { draggable: !canMove, droppable: false },
  });
  const { setNodeRef, listeners, transition, isDragging } = sortable;
  const transform = CSS.Translate.toString(sortable.transform) || undefined;

  useLayoutEffect(() => {
    setNodeRef(node);
    return () => setNodeRef(null);
  }, [setNodeRef, node]);
  useLayoutEffect(
    () => bindings.setParts(cardId, { listeners, transform, transition: transition ?? undefined, isDragging }),
    [bindings, cardId, listeners, transform, transition, isDragging],
  );
  useLayoutEffect(() => () => bindings.setParts(cardId, null), [bindings, cardId]);
  return null;
});

/** Makes a column take drops on its free space (its cards take drops themselves). */
export const ColumnBinding = memo(function ColumnBinding({ columnId, node }: { columnId: string; node: HTMLElement }) {
  const { setNodeRef } = useDroppable({ id: columnDropId(columnId), data: { type: "column", columnId } });
  useLayoutEffect(() => {
    setNodeRef(node);
    return () => setNodeRef(null);
  }, [setNodeRef, node]);
  return null;
});
