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
import { SortableContext, type SortingStrategy, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { type ComponentType, memo, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Card, CardContent } from "../../../shared/model";
import { useT } from "../../i18n/I18nProvider";
import { useBoardLayout, useBoardUi } from "../board";
import { useColumnLocks } from "../moderation";
import type { DndBindings, DndRegistration } from "./dndBindings";
import { useCardSensors } from "./dndSensors";
import type { DropHint } from "./dropHint";
import { type DropOver, type DropTarget, dropTarget } from "./dropTarget";
import { ColumnBinding, SortableBinding } from "./SortableBinding";

const NO_CARDS: readonly Card[] = [];
const NO_ENTRIES: readonly [string, DndRegistration][] = [];

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

/** Where a drag is now: dnd-kit's drag events carry these. */
interface DragMoment {
  active: Active;
  over: Over | null;
  activatorEvent: Event;
  delta: { x: number; y: number };
}

/**
 * The card whose middle half (of its height) the pointer is in: a drop there puts the cards
 * together (CLU-5). Only for a pointer: the keyboard has the move menu for that.
 */
function overMiddleOf({ active, over, activatorEvent, delta }: DragMoment): string | null {
  const data = over?.data.current as DropData;
  if (!over || data?.type !== "card" || over.id === active.id || !("clientY" in activatorEvent)) return null;
  const pointerY = (activatorEvent as PointerEvent).clientY + delta.y;
  const quarter = over.rect.height / 4;
  return pointerY > over.rect.top + quarter && pointerY < over.rect.top + 3 * quarter ? String(over.id) : null;
}

/** While a drop would put two cards together, the list shows no reorder (the cards stay put). */
const ONTO: { now: boolean } = { now: false };
const sortingStrategy: SortingStrategy = (args) => (ONTO.now ? null : verticalListSortingStrategy(args));

const sameHint = (a: DropHint | null, b: DropHint | null) =>
  a === b || (a !== null && b !== null && a.columnId === b.columnId && a.cardId === b.cardId && a.side === b.side);

interface Props {
  bindings: DndBindings;
  /** Where a card dragged from another column would land, for that column to show. */
  onHint(hint: DropHint | null): void;
  /** A card's name for announcements, and its content as the drag image (the topics slice's, given by the page). */
  cardLabel(content: CardContent): string;
  CardPreview: ComponentType<{ content: CardContent }>;
  /** A card dropped on the middle of another (CLU-5); left out, such a drop reorders like any other. */
  onDropOnto?(card: Card, target: Card): void;
}

/**
 * Drag and drop of cards within and across columns. Holds dnd-kit's context and, under it, only
 * the bindings of what registered with DndBindings: the columns and the cards near the viewport.
 * The board's elements themselves are not below it, so dnd-kit's frequent updates stay cheap.
 */
export function DndLayer({ bindings, onHint, cardLabel, CardPreview, onDropOnto }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const layout = useBoardLayout();
  const locks = useColumnLocks();
  const registered = useSyncExternalStore(bindings.subscribe, bindings.registered, bindings.registered);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const hint = useRef<DropHint | null>(null);
  const sensors = useCardSensors();

  const byColumn = useMemo(() => {
    const groups = new Map<string, [string, DndRegistration][]>();
    for (const entry of registered) {
      const list = groups.get(entry[1].columnId);
      if (list) list.push(entry);
      else groups.set(entry[1].columnId, [entry]);
    }
    return groups;
  }, [registered]);

  const cardById = (id: unknown): Card | undefined => {
    for (const cards of layout.cardsByColumn.values()) {
      const found = cards.find((card) => card.id === id);
      if (found) return found;
    }
    return undefined;
  };
  const dragged = draggedId ? cardById(draggedId) : undefined;
  const labelOf = (id: unknown): string => {
    const card = cardById(id);
    return card ? cardLabel(card.content) : "";
  };

  const showHint = (next: DropHint | null) => {
    if (sameHint(hint.current, next)) return;
    hint.current = next;
    onHint(next);
  };

  const targetOf = (active: Active, over: Over | null): DropTarget | null => {
    const card = cardById(active.id);
    const where = overOf(active, over);
    // MOD-7: a column locked for this user takes no drop (a card of it cannot be picked up at all).
    return card && where && !locks.has(where.columnId) ? dropTarget(layout.cardsByColumn, card, where) : null;
  };

  const ontoOf = (moment: DragMoment): Card | undefined => {
    const ontoId = onDropOnto ? overMiddleOf(moment) : null;
    return ontoId ? cardById(ontoId) : undefined;
  };

  const updateHint = (moment: DragMoment) => {
    const { active, over } = moment;
    const onto = ontoOf(moment);
    ONTO.now = onto !== undefined;
    if (onto) return showHint({ columnId: onto.columnId, cardId: onto.id, side: "onto" });
    const target = targetOf(active, over);
    const card = cardById(active.id);
    // Within its own column the sortable list already shows where the card goes.
    showHint(
      target && card && target.columnId !== card.columnId
        ? { columnId: target.columnId, cardId: target.nextTo, side: target.side }
        : null,
    );
  };

  const onDragEnd = (moment: DragEndEvent) => {
    const { active, over } = moment;
    const card = cardById(active.id);
    const onto = ontoOf(moment);
    const target = targetOf(active, over);
    ONTO.now = false;
    setDraggedId(null);
    showHint(null);
    if (card && onto) onDropOnto?.(card, onto);
    else if (card && target) ui.moveCardTo(card, target.columnId, target.index);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.start", { title: labelOf(active.id) }),
    onDragOver: () => undefined,
    onDragMove: () => undefined,
    // The board's own live region tells where the card went.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => t("dnd.cancel", { title: labelOf(active.id) }),
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
        ONTO.now = false;
        setDraggedId(null);
        showHint(null);
      }}
    >
      {layout.columns.map((column) => (
        <ColumnBindings
          key={column.id}
          bindings={bindings}
          columnId={column.id}
          cards={layout.cardsByColumn.get(column.id) ?? NO_CARDS}
          entries={byColumn.get(column.id) ?? NO_ENTRIES}
        />
      ))}
      <DragOverlay>
        {dragged ? (
          <div className="card card-overlay" aria-hidden="true">
            <CardPreview content={dragged.content} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

interface ColumnBindingsProps {
  bindings: DndBindings;
  columnId: string;
  cards: readonly Card[];
  entries: readonly [string, DndRegistration][];
}

/**
 * One column's sortable list: the ids of its registered cards, in column order, and their bindings.
 * Only cards near the screen take part in sorting (the rest cannot be hovered anyway); with every id
 * of a 1,000-card column in the list, each sortable's bookkeeping grew with the column, and 200 moves
 * arriving after a reconnect froze the page for a second. Where a drop lands is computed from the
 * whole column (dropTarget.ts), not from these ids.
 */
const ColumnBindings = memo(function ColumnBindings({ bindings, columnId, cards, entries }: ColumnBindingsProps) {
  const ids = useMemo(() => {
    const registered = new Set(entries.map(([id]) => id));
    return cards.filter((card) => registered.has(card.id)).map((card) => card.id);
  }, [cards, entries]);
  return (
    <SortableContext id={columnId} items={ids} strategy={sortingStrategy}>
      {entries.map(([id, entry]) =>
        entry.kind === "column" ? (
          <ColumnBinding key={id} columnId={columnId} node={entry.node} />
        ) : (
          <SortableBinding
            key={id}
            bindings={bindings}
            cardId={id}
            columnId={columnId}
            canMove={entry.canMove}
            node={entry.node}
          />
        ),
      )}
    </SortableContext>
  );
});
