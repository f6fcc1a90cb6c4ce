import { useId, useState } from "react";
import { boardOf } from "../../../shared/boardState";
import { cardsOfCluster } from "../../../shared/features/clusters";
import { Dialog } from "../../core/ui/Dialog";
import { useT } from "../../i18n/I18nProvider";
import { useBoardLayout, useBoardUi } from "../board";
import { NewGroupForm } from "../groups";
import type { ClusterSlot } from "./clusterLayout";

/**
 * AG-1 from a cluster: a moderator founds a working group with the cluster's title and cards, in the
 * groups' own form (name, description, conveners), and the page says where it is then.
 */
export function ClusterToGroup({ slot, title }: { slot: ClusterSlot; title: string }) {
  const t = useT();
  const ui = useBoardUi();
  const { board } = useBoardLayout();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const boardId = boardOf(board)?.id;
  if (!boardId) return null;
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-haspopup="dialog"
        data-testid="cluster-to-group"
        onPointerEnter={() => void NewGroupForm.preload()}
        onFocus={() => void NewGroupForm.preload()}
        onClick={() => setOpen(true)}
      >
        {t("cluster.toGroup")}
      </button>
      {open && (
        <Dialog open labelledBy={headingId} onCancel={() => setOpen(false)}>
          <h2 id={headingId}>{t("cluster.toGroupTitle", { title })}</h2>
          <NewGroupForm
            boardId={boardId}
            board={board}
            actions={ui.actions}
            labelOf={ui.cardLabel}
            start={{
              name: slot.cluster.title,
              topicCardIds: cardsOfCluster(board, slot.cluster.id).map((card) => card.id),
              clusterId: slot.cluster.id,
            }}
            onDone={(groupId) => {
              setOpen(false);
              if (groupId) ui.announce(t("cluster.toGroupDone", { title }));
            }}
          />
        </Dialog>
      )}
    </>
  );
}
