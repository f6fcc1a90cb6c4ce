import {
  type KeyboardEvent,
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { Card } from "../../../shared/model";
import { mayChangeCard } from "../../../shared/permissions";
import { ConfirmDialog } from "../../core/ui/confirmDialogPart";
import { focusCard, focusColumn } from "../../core/ui/focus";
import { IconButton } from "../../core/ui/IconButton";
import { useT } from "../../i18n/I18nProvider";
import { type CardFocusPart, useBoardUi } from "../board";
import { ClusterHeader, type ClusterSlot } from "../clusters";
import { useDndBindings } from "../dragAndDrop";
import { EditingMarker } from "../editing";
import { CardThemeDate } from "../meetings";
import { CardReview, useColumnLocks } from "../moderation";
import { CardVotes } from "../voting";
import { CardText } from "./CardText";
import { cardLabel } from "./cardKinds/registry";
import { useEditorDrafts } from "./editorDraftsContext";
import { MergedCards } from "./MergedCards";
import { ARROW_DIRECTIONS } from "./moves";
import { CardEditor, CardMoveMenu } from "./parts";

/** The id of the hidden text that tells keyboard users how to move cards (rendered by the board page). */
export const MOVE_HINT_ID = "card-move-hint";

const FOCUS_PARTS = new Set<string>(["card", "handle", "up", "down", "left", "right"]);

interface Props {
  card: Card;
  /** Set while another card is dragged over this one: where the drop would land. */
  dropMarker: "before" | "after" | "onto" | null;
  /** Its place in a cluster's frame (CLU-1), if it is in one. */
  cluster: ClusterSlot | null;
  /** Whether this card's move menu is open. */
  menuOpen: boolean;
  /** Whether the card is near the viewport, where it takes part in drag and drop (see DndBindings). */
  near: boolean;
}

/** One card. Renders again only when its own props change; the board context stays the same. */
export const CardView = memo(function CardView({ card, dropMarker, cluster, menuOpen: menuWanted, near }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const drafts = useEditorDrafts();
  const menuId = useId();
  const itemRef = useRef<HTMLDivElement>(null);
  const [confirming, setConfirming] = useState(false);
  const bindings = useDndBindings();
  const watchParts = useCallback((listener: () => void) => bindings.watchParts(card.id, listener), [bindings, card.id]);
  const partsNow = () => bindings.partsOf(card.id);
  const parts = useSyncExternalStore(watchParts, partsNow, partsNow);
  const locks = useColumnLocks();
  // MOD-7: in a locked column the card offers no change; an editor open when the lock began folds
  // away, its words kept in the drafts for when the column opens again.
  const locked = locks.has(card.columnId);
  const draftNow = () => drafts.getSnapshot()[card.id];
  const openDraft = useSyncExternalStore(drafts.subscribe, draftNow, draftNow);
  const draft = locked ? undefined : openDraft;
  const canChange = !locked && mayChangeCard(ui.actor, card);
  const label = cardLabel(card.content);
  const canMove = canChange && !draft;
  const menuOpen = canMove && menuWanted;
  // Near the viewport the card takes part in drag and drop (see DndBindings); a dragged card stays
  // registered even when the drag scrolls it far away.
  const bound = near || parts?.isDragging === true;
  useLayoutEffect(() => {
    const node = itemRef.current;
    if (!bound || !node) return;
    return bindings.register(card.id, { kind: "card", columnId: card.columnId, canMove, node });
  }, [bindings, bound, card.id, card.columnId, canMove]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !canMove) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select")) return;
    // Alt+Arrow is also the browser's back/forward: never let it leave the board.
    event.preventDefault();
    const part = target.dataset.focus ?? "card";
    ui.moveCardBy(card, direction, (FOCUS_PARTS.has(part) ? part : "card") as CardFocusPart, locks);
  }

  const style = parts ? { transform: parts.transform, transition: parts.transition } : undefined;
  const classes = [
    "card-item",
    parts?.isDragging && "is-dragging",
    dropMarker && `drop-${dropMarker}`,
    cluster && `in-cluster cluster-${cluster.position}`,
  ];

  return (
    // biome-ignore lint/a11y/useSemanticElements: an li may only sit in a list, and a chunk (a div) holds this item (see ColumnView)
    <div role="listitem" ref={itemRef} style={style} className={classes.filter(Boolean).join(" ")}>
      {(cluster?.position === "first" || cluster?.position === "only") && <ClusterHeader slot={cluster} />}
      <article
        className={`card${canMove ? " is-movable" : ""}`}
        data-testid="card"
        data-card-id={card.id}
        data-card-title={label}
        data-focus="card"
        aria-label={label}
        aria-describedby={canMove ? MOVE_HINT_ID : undefined}
        tabIndex={canMove ? 0 : undefined}
        onKeyDown={onKeyDown}
        {...(canMove ? parts?.listeners : undefined)}
      >
        {draft ? (
          <CardEditor card={card} draft={draft} onDone={() => focusCard(card.id, "card")} />
        ) : (
          <>
            <CardText content={card.content} />
            <CardReview card={card} />
            <MergedCards card={card} />
            <EditingMarker cardId={card.id} />
            <CardThemeDate cardId={card.id} />
            <CardVotes card={card} label={label} />
            <footer className="card-footer">
              <span className={`card-author${card.authorName ? "" : " is-anonymous"}`} data-testid="card-author">
                {card.authorName ?? t("card.anonymous")}
              </span>
              {canChange && (
                <span className="card-actions">
                  <IconButton
                    icon="grip"
                    label={t("card.move")}
                    data-focus="handle"
                    data-testid="card-move"
                    aria-expanded={menuOpen}
                    aria-controls={menuOpen ? menuId : undefined}
                    onClick={() => ui.setMoveMenuCardId(menuOpen ? null : card.id)}
                  />
                  <IconButton
                    icon="edit"
                    label={t("card.edit")}
                    data-testid="card-edit"
                    onClick={() => {
                      drafts.open(card);
                      focusCard(card.id, "editor");
                    }}
                  />
                  <IconButton
                    icon="trash"
                    label={t("card.delete")}
                    data-testid="card-delete"
                    onClick={() => setConfirming(true)}
                  />
                </span>
              )}
            </footer>
            {menuOpen && <CardMoveMenu card={card} id={menuId} />}
          </>
        )}
      </article>
      {confirming && (
        <ConfirmDialog
          open
          title={t("card.deleteConfirm.title", { title: label })}
          message={t("card.deleteConfirm.message")}
          confirmLabel={t("card.deleteConfirm.confirm")}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            ui.actions.removeCard(card.id);
            focusColumn(card.columnId);
          }}
        />
      )}
    </div>
  );
});
