import {
  type Active,
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type Over,
  pointerWithin,
} from "@dnd-kit/core";
import { useState } from "react";
import type { Card } from "../../shared/model";
import { type DropOver, type DropTarget, dropTarget } from "../board/dropTarget";
import { useT } from "../i18n/I18nProvider";
import { AddColumn } from "./AddColumn";
import { useBoardUi } from "./boardUi";
import { CardText } from "./CardText";
import { ColumnView, type DropHint } from "./ColumnView";
import { useCardSensors } from "./dndSensors";

type DropData = { type: "card" | "column"; columnId: string } | undefined;

/**
 * The pointer decides: over a card, that card; over a column's free space, the column's nearest
 * card (or the column itself when it is empty); anywhere else, nothing.
 */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const dataOf = (id: unknown) =>
    args.droppableContainers.find((container) => container.id === id)?.data.current as DropData;
  const cardHit = hits.find((hit) => dataOf(hit.id)?.type === "card");
  if (cardHit) return [cardHit];
  const columnHit = hits.find((hit) => dataOf(hit.id)?.type === "column");
  if (!columnHit) return [];
  const columnId = dataOf(columnHit.id)?.columnId;
  const cardsOfColumn = args.droppableContainers.filter((container) => {
    const data = container.data.current as DropData;
    return data?.type === "card" && data.columnId === columnId;
  });
  const nearest = closestCenter({ ...args, droppableContainers: cardsOfColumn });
  return nearest.length > 0 ? [nearest[0]] : [columnHit];
};

function overOf(active: Active, over: Over | null): DropOver | null {
  const data = over?.data.current as DropData;
  if (!over || !data) return null;
  if (data.type === "column") return { kind: "column", columnId: data.columnId };
  const dragged = active.rect.current.translated;
  const pointerBelowCentre = dragged ? dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2 : false;
  return { kind: "card", cardId: String(over.id), columnId: data.columnId, pointerBelowCentre };
}

const sameHint = (a: DropHint | null, b: DropHint | null) =>
  a === b || (a !== null && b !== null && a.columnId === b.columnId && a.cardId === b.cardId && a.side === b.side);

/** The columns side by side, with drag and drop of cards within and across them. */
export function ColumnsBoard() {
  const t = useT();
  const ui = useBoardUi();
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<DropHint | null>(null);
  const sensors = useCardSensors();

  const cardById = (id: unknown): Card | undefined => {
    for (const cards of ui.cardsByColumn.values()) {
      const found = cards.find((card) => card.id === id);
      if (found) return found;
    }
    return undefined;
  };
  const dragged = draggedId ? cardById(draggedId) : undefined;

  const targetOf = (active: Active, over: Over | null): DropTarget | null => {
    const card = cardById(active.id);
    const where = overOf(active, over);
    return card && where ? dropTarget(ui.cardsByColumn, card, where) : null;
  };

  const updateHint = ({ active, over }: { active: Active; over: Over | null }) => {
    const target = targetOf(active, over);
    const card = cardById(active.id);
    // Within its own column the sortable list already shows where the card goes.
    const hint =
      target && card && target.columnId !== card.columnId
        ? { columnId: target.columnId, cardId: target.nextTo, side: target.side }
        : null;
    setDropHint((current) => (sameHint(current, hint) ? current : hint));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const card = cardById(active.id);
    const target = targetOf(active, over);
    setDraggedId(null);
    setDropHint(null);
    if (card && target) ui.moveCardTo(card, target.columnId, target.index);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.start", { title: cardById(active.id)?.content.title ?? "" }),
    onDragOver: () => undefined,
    onDragMove: () => undefined,
    // The board's own live region tells where the card went.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => t("dnd.cancel", { title: cardById(active.id)?.content.title ?? "" }),
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("card.moveHint") } }}
      onDragStart={({ active }) => {
        setDraggedId(String(active.id));
        ui.setMoveMenuCardId(null);
      }}
      onDragOver={updateHint}
      onDragMove={updateHint}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setDraggedId(null);
        setDropHint(null);
      }}
    >
      <div className="columns" data-testid="columns">
        {ui.columns.map((column, index) => (
          <ColumnView
            key={column.id}
            column={column}
            index={index}
            cards={ui.cardsByColumn.get(column.id) ?? []}
            dropHint={dropHint}
          />
        ))}
        {ui.actor.role === "moderator" && <AddColumn />}
      </div>
      <DragOverlay>
        {dragged ? (
          <div className="card card-overlay" aria-hidden="true">
            <CardText content={dragged.content} asHeading={false} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
