import { useId, useState } from "react";
import type { Card } from "../../../shared/model";
import { ConfirmDialog } from "../../core/ui/confirmDialogPart";
import { focusCard } from "../../core/ui/focus";
import { useT } from "../../i18n/I18nProvider";
import { useBoardLayout, useBoardUi } from "../board";
import { clustersOf, clusterWithOp, mergeIntoOp, takeOutOp } from "../clusters";
import { cardLabel } from "./cardKinds/registry";

/**
 * The keyboard and menu way to what dragging a card onto another does (CLU-5): join a cluster or
 * another card, leave the cluster, merge with a card of the column (after asking). Moderators only.
 */
export function CardClusterMenu({ card }: { card: Card }) {
  const t = useT();
  const ui = useBoardUi();
  const layout = useBoardLayout();
  const addId = useId();
  const mergeId = useId();
  const label = cardLabel(card.content);
  const column = layout.cardsByColumn.get(card.columnId) ?? [];
  const others = column.filter((other) => other.id !== card.id);
  const clusters = clustersOf(layout.board).filter((cluster) => cluster.id !== card.clusterId);
  const loneCards = others.filter((other) => !other.clusterId);
  const clusterTitle = (title: string) => title || t("cluster.untitled");
  const [addTarget, setAddTarget] = useState("");
  const [mergeTarget, setMergeTarget] = useState("");
  const [merging, setMerging] = useState<Card | null>(null);
  const cardById = (id: string) => others.find((other) => other.id === id);

  function add() {
    const [kind, id] = addTarget.split(":");
    const target = kind === "card" ? cardById(id) : undefined;
    const cluster = kind === "cluster" ? clusters.find((one) => one.id === id) : undefined;
    if (target) {
      ui.actions.submit(clusterWithOp(card, target));
      ui.announce(t("cluster.announce.formed", { title: label, other: cardLabel(target.content) }));
    } else if (cluster) {
      ui.actions.submit({ type: "cluster.addCard", clusterId: cluster.id, cardId: card.id });
      ui.announce(t("cluster.announce.added", { title: label, cluster: clusterTitle(cluster.title) }));
    } else return;
    ui.setMoveMenuCardId(null);
    focusCard(card.id, "handle");
  }

  return (
    <div className="cluster-menu" data-testid="cluster-menu">
      <div className="cluster-menu-row">
        <label htmlFor={addId} className="visually-hidden">
          {t("cluster.addTo")}
        </label>
        <select
          id={addId}
          value={addTarget}
          onChange={(event) => setAddTarget(event.target.value)}
          data-testid="cluster-add-target"
        >
          <option value="">{t("cluster.addTo")}</option>
          {clusters.map((cluster) => (
            <option key={cluster.id} value={`cluster:${cluster.id}`}>
              {t("cluster.addTo.option.cluster", { title: clusterTitle(cluster.title) })}
            </option>
          ))}
          {loneCards.map((other) => (
            <option key={other.id} value={`card:${other.id}`}>
              {t("cluster.addTo.option.card", { title: cardLabel(other.content) })}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" onClick={add} data-testid="cluster-add">
          {t("cluster.addTo.submit")}
        </button>
      </div>
      {card.clusterId && (
        <button
          type="button"
          className="button button-small"
          data-testid="cluster-take-out"
          onClick={() => {
            ui.actions.submit(takeOutOp(card));
            ui.announce(t("cluster.announce.takenOut", { title: label }));
            ui.setMoveMenuCardId(null);
            focusCard(card.id, "handle");
          }}
        >
          {t("cluster.takeOut")}
        </button>
      )}
      {others.length > 0 && (
        <div className="cluster-menu-row">
          <label htmlFor={mergeId} className="visually-hidden">
            {t("cluster.merge")}
          </label>
          <select
            id={mergeId}
            value={mergeTarget}
            onChange={(event) => setMergeTarget(event.target.value)}
            data-testid="cluster-merge-target"
          >
            <option value="">{t("cluster.merge")}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {cardLabel(other.content)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            data-testid="cluster-merge"
            onClick={() => setMerging(cardById(mergeTarget) ?? null)}
          >
            {t("cluster.merge.submit")}
          </button>
        </div>
      )}
      {merging && (
        <ConfirmDialog
          open
          title={t("cluster.merge.confirm.title", { title: label, other: cardLabel(merging.content) })}
          message={t("cluster.merge.confirm.message", { title: label, other: cardLabel(merging.content) })}
          confirmLabel={t("cluster.merge.confirm.confirm")}
          onCancel={() => setMerging(null)}
          onConfirm={() => {
            ui.actions.submit(mergeIntoOp(card, merging));
            ui.announce(t("cluster.announce.merged", { title: label, other: cardLabel(merging.content) }));
            setMerging(null);
            ui.setMoveMenuCardId(null);
            focusCard(merging.id, "card");
          }}
        />
      )}
    </div>
  );
}
