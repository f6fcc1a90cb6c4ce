import { memo, startTransition, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { RecordsById } from "../../../shared/core/recordState";
import type { Card, Column } from "../../../shared/model";
import { useT } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { gatherClusters } from "../clusters";
import { columnDropId, type DropHint, useDndBindings } from "../dragAndDrop";
import { ColumnLockedNotice, useColumnLocks } from "../moderation";
import { CardChunkView, CardForm, type ChunkedCards, chunkCards } from "../topics";
import { ColumnControls } from "./parts";

/** Chunks shown at once when a column appears; the rest follow without blocking the first paint. */
const FIRST_CHUNKS = 2;

interface Props {
  column: Column;
  index: number;
  cards: readonly Card[];
  /** Set only for the column a dragged card would land in. */
  dropHint: DropHint | null;
  moveMenuCardId: string | null;
  /** The board's clusters (CLU-1); the same object while none changes. */
  clusters: RecordsById | undefined;
}

/** One column. Renders again only when its own cards, title, description or place change (see BoardLayout). */
export const ColumnView = memo(function ColumnView({
  column,
  index,
  cards,
  dropHint,
  moveMenuCardId,
  clusters,
}: Props) {
  const t = useT();
  const ui = useBoardUi();
  const bindings = useDndBindings();
  const headingId = useId();
  const descriptionId = useId();
  const { description } = column;
  const sectionRef = useRef<HTMLElement>(null);
  const count = cards.length;
  const locked = useColumnLocks().has(column.id);

  // The column takes drops on its free space (see DndLayer).
  useLayoutEffect(() => {
    const node = sectionRef.current;
    if (!node) return;
    return bindings.register(columnDropId(column.id), { kind: "column", columnId: column.id, canMove: false, node });
  }, [bindings, column.id]);

  // The chunks of the last render, so that cards keep their chunk (and their elements) over changes.
  const chunked = useRef<ChunkedCards | null>(null);
  const gathered = useMemo(() => gatherClusters(cards, clusters), [cards, clusters]);
  const chunks = useMemo(() => {
    chunked.current = chunkCards(gathered.cards, chunked.current);
    return chunked.current.chunks;
  }, [gathered]);
  // A big column first shows its top, then all of its cards as soon as the browser has time.
  const [complete, setComplete] = useState(() => chunks.length <= FIRST_CHUNKS);
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true));
  }, [complete]);
  const shown = complete ? chunks : chunks.slice(0, FIRST_CHUNKS);
  const { cardId: hintCardId = null, side: hintSide = "after" } = dropHint ?? {};

  return (
    <section
      ref={sectionRef}
      className={`column tone-${index % 6}${dropHint ? " is-drop-target" : ""}${locked ? " is-locked" : ""}`}
      aria-labelledby={headingId}
      // Screen readers read the description (COL-4) when they enter the column's region.
      aria-describedby={description ? descriptionId : undefined}
      data-testid="column"
      data-column-id={column.id}
      data-column-title={column.title}
    >
      <header className="column-header">
        <h2 id={headingId} className="column-title" tabIndex={-1} data-focus="heading">
          {column.title}
        </h2>
        {description && (
          <p id={descriptionId} className="column-description" data-testid="column-description">
            {description}
          </p>
        )}
        <p className="column-count" data-testid="column-count">
          {t(count === 1 ? "column.count.one" : "column.count.other", { count })}
        </p>
        {locked && <ColumnLockedNotice />}
        {ui.actor.role === "moderator" && <ColumnControls column={column} index={index} cardCount={count} />}
      </header>
      {/* biome-ignore lint/a11y/useSemanticElements: a chunk is a div, which an ol may not hold; hence ARIA list roles instead of ol and li */}
      <div
        role="list"
        className={`card-list${dropHint && hintCardId === null ? " drop-end" : ""}`}
        aria-label={t("column.cardsLabel", { title: column.title })}
      >
        {shown.map((chunk) => {
          // Only the chunk holding the hinted card or the open menu gets them, so only it renders again.
          const holds = (cardId: string | null) => cardId !== null && chunk.cards.some((card) => card.id === cardId);
          return (
            <CardChunkView
              key={chunk.key}
              cards={chunk.cards}
              dropHintCardId={holds(hintCardId) ? hintCardId : null}
              dropHintSide={hintSide}
              clusterSlots={gathered.slots}
              moveMenuCardId={holds(moveMenuCardId) ? moveMenuCardId : null}
            />
          );
        })}
      </div>
      {count === 0 && <p className="column-empty">{t("column.empty")}</p>}
      <CardForm columnId={column.id} columnTitle={column.title} locked={locked} />
    </section>
  );
});
