import { useMemo, useState } from "react";
import type { Card, CardContent } from "../../../shared/model";
import { useT } from "../../i18n/I18nProvider";
import { useBoardLayout, useBoardUi } from "../board";
import { type Cluster, clusterWithOp } from "../clusters";
import { DndBindings, DndBindingsContext, DndLayer, type DropHint } from "../dragAndDrop";
import { ColumnLocksProvider } from "../moderation";
import { CardText, cardLabel } from "../topics";
import { ColumnView } from "./ColumnView";
import { AddColumn } from "./parts";

/** The drag image: a card's content as the board shows it. */
const CardPreview = ({ content }: { content: CardContent }) => <CardText content={content} asHeading={false} />;

const NO_CARDS: readonly Card[] = [];

/** The columns side by side; drag and drop of cards within and across them comes from DndLayer. */
export function ColumnsBoard() {
  const ui = useBoardUi();
  const layout = useBoardLayout();
  const bindings = useMemo(() => new DndBindings(), []);
  const [dropHint, setDropHint] = useState<DropHint | null>(null);
  const t = useT();
  // Dropped on the middle of another card: the two go together (CLU-5).
  const dropOnto = (card: Card, target: Card) => {
    ui.actions.submit(clusterWithOp(card, target));
    const title = cardLabel(card.content);
    const cluster = target.clusterId ? (layout.board.cluster?.[target.clusterId] as Cluster | undefined) : undefined;
    ui.announce(
      cluster
        ? t("cluster.announce.added", { title, cluster: cluster.title || t("cluster.untitled") })
        : t("cluster.announce.formed", { title, other: cardLabel(target.content) }),
    );
  };

  return (
    // A participant's columns, cards and drops follow the locks (MOD-7).
    <ColumnLocksProvider board={layout.board}>
      <DndBindingsContext.Provider value={bindings}>
        <div className="columns" data-testid="columns">
          {layout.columns.map((column, index) => (
            <ColumnView
              key={column.id}
              column={column}
              index={index}
              cards={layout.cardsByColumn.get(column.id) ?? NO_CARDS}
              // Only the column a drop would land in renders again while a card is dragged.
              dropHint={dropHint?.columnId === column.id ? dropHint : null}
              moveMenuCardId={layout.moveMenuCardId}
              clusters={layout.board.cluster}
            />
          ))}
          {ui.actor.role === "moderator" && <AddColumn />}
        </div>
        {/* Binds what the columns and cards registered; not their parent, so dnd-kit's updates stay small. */}
        <DndLayer
          bindings={bindings}
          onHint={setDropHint}
          cardLabel={cardLabel}
          CardPreview={CardPreview}
          onDropOnto={ui.actor.role === "moderator" ? dropOnto : undefined}
        />
      </DndBindingsContext.Provider>
    </ColumnLocksProvider>
  );
}
