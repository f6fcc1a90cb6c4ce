import { memo, useRef } from "react";
import type { Card } from "../../../shared/model";
import { useNearViewport } from "../../core/ui/useNearViewport";
import type { ClusterSlot } from "../clusters";
import { CardView } from "./CardView";

interface Props {
  cards: readonly Card[];
  dropHintCardId: string | null;
  dropHintSide: "before" | "after" | "onto";
  /** Where each clustered card sits in its cluster's frame (CLU-1). */
  clusterSlots: ReadonlyMap<string, ClusterSlot>;
  moveMenuCardId: string | null;
}

/**
 * A run of a column's cards in one element with `content-visibility: auto` (styles.css): the
 * browser lays out and paints only the chunks near the viewport, yet every card stays in the DOM
 * for find-in-page, keyboard and screen readers. Only the cards of near chunks take part in drag
 * and drop (see DndBindings).
 */
export const CardChunkView = memo(function CardChunkView({
  cards,
  dropHintCardId,
  dropHintSide,
  clusterSlots,
  moveMenuCardId,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div ref={ref} className="card-chunk">
      {cards.map((card) => (
        <CardView
          key={card.id}
          card={card}
          dropMarker={card.id === dropHintCardId ? dropHintSide : null}
          cluster={clusterSlots.get(card.id) ?? null}
          menuOpen={card.id === moveMenuCardId}
          near={near}
        />
      ))}
    </div>
  );
});
