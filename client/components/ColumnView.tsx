import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useId } from "react";
import type { Card, Column } from "../../shared/model";
import { useT } from "../i18n/I18nProvider";
import { useBoardUi } from "./boardUi";
import { CardForm } from "./CardForm";
import { CardView } from "./CardView";
import { ColumnControls } from "./ColumnControls";

/** Where a card being dragged from elsewhere would land in this column. */
export interface DropHint {
  columnId: string;
  /** Card the drop lands next to, or null for the end of the column. */
  cardId: string | null;
  side: "before" | "after";
}

export const columnDropId = (columnId: string) => `column:${columnId}`;

interface Props {
  column: Column;
  index: number;
  cards: readonly Card[];
  dropHint: DropHint | null;
}

export function ColumnView({ column, index, cards, dropHint }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const headingId = useId();
  const droppable = useDroppable({ id: columnDropId(column.id), data: { type: "column", columnId: column.id } });
  const hint = dropHint?.columnId === column.id ? dropHint : null;
  const count = cards.length;

  return (
    <section
      ref={droppable.setNodeRef}
      className={`column tone-${index % 6}${hint ? " is-drop-target" : ""}`}
      aria-labelledby={headingId}
      data-testid="column"
      data-column-id={column.id}
      data-column-title={column.title}
    >
      <header className="column-header">
        <h2 id={headingId} className="column-title" tabIndex={-1} data-focus="heading">
          {column.title}
        </h2>
        <p className="column-count" data-testid="column-count">
          {t(count === 1 ? "column.count.one" : "column.count.other", { count })}
        </p>
        {ui.actor.role === "moderator" && <ColumnControls column={column} index={index} cardCount={count} />}
      </header>
      <SortableContext id={column.id} items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ol
          className={`card-list${hint && hint.cardId === null ? " drop-end" : ""}`}
          aria-label={t("column.cardsLabel", { title: column.title })}
        >
          {cards.map((card) => (
            <CardView key={card.id} card={card} dropMarker={hint && hint.cardId === card.id ? hint.side : null} />
          ))}
        </ol>
      </SortableContext>
      {count === 0 && <p className="column-empty">{t("column.empty")}</p>}
      <CardForm columnId={column.id} columnTitle={column.title} />
    </section>
  );
}
