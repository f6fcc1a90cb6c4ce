import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { type KeyboardEvent, useId, useState, useSyncExternalStore } from "react";
import type { Card } from "../../shared/model";
import { mayChangeCard } from "../../shared/permissions";
import { ARROW_DIRECTIONS } from "../board/moves";
import { useT } from "../i18n/I18nProvider";
import { type CardFocusPart, useBoardUi } from "./boardUi";
import { CardEditor } from "./CardEditor";
import { CardMoveMenu } from "./CardMoveMenu";
import { CardText } from "./CardText";
import { ConfirmDialog } from "./ConfirmDialog";
import { focusCard, focusColumn } from "./focus";
import { Icon } from "./Icon";

/** The id of the hidden text that tells keyboard users how to move cards (rendered by the board page). */
export const MOVE_HINT_ID = "card-move-hint";

const FOCUS_PARTS = new Set<string>(["card", "handle", "up", "down", "left", "right"]);

interface Props {
  card: Card;
  /** Set while another card is dragged over this one: where the drop would land. */
  dropMarker: "before" | "after" | null;
}

export function CardView({ card, dropMarker }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const menuId = useId();
  const [confirming, setConfirming] = useState(false);
  const drafts = useSyncExternalStore(ui.drafts.subscribe, ui.drafts.getSnapshot);
  const draft = drafts[card.id];
  const canChange = mayChangeCard(ui.actor, card);
  const canMove = canChange && !draft;
  const menuOpen = canMove && ui.moveMenuCardId === card.id;
  const sortable = useSortable({
    id: card.id,
    data: { type: "card", columnId: card.columnId },
    // Cards one may not move still take drops, so others can be placed next to them.
    disabled: { draggable: !canMove, droppable: false },
  });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !canMove) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select")) return;
    // Alt+Arrow is also the browser's back/forward: never let it leave the board.
    event.preventDefault();
    const part = target.dataset.focus ?? "card";
    ui.moveCardBy(card, direction, (FOCUS_PARTS.has(part) ? part : "card") as CardFocusPart);
  }

  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const classes = ["card-item", sortable.isDragging && "is-dragging", dropMarker && `drop-${dropMarker}`];

  return (
    <li ref={sortable.setNodeRef} style={style} className={classes.filter(Boolean).join(" ")}>
      <article
        className={`card${canMove ? " is-movable" : ""}`}
        data-testid="card"
        data-card-id={card.id}
        data-card-title={card.content.title}
        data-focus="card"
        aria-label={card.content.title}
        aria-describedby={canMove ? MOVE_HINT_ID : undefined}
        tabIndex={canMove ? 0 : undefined}
        onKeyDown={onKeyDown}
        {...(canMove ? sortable.listeners : {})}
      >
        {draft ? (
          <CardEditor card={card} draft={draft} onDone={() => focusCard(card.id, "card")} />
        ) : (
          <>
            <CardText content={card.content} />
            <footer className="card-footer">
              <span className={`card-author${card.authorName ? "" : " is-anonymous"}`} data-testid="card-author">
                {card.authorName ?? t("card.anonymous")}
              </span>
              {canChange && (
                <span className="card-actions">
                  <button
                    type="button"
                    className="icon-button"
                    data-focus="handle"
                    data-testid="card-move"
                    aria-label={t("card.move")}
                    title={t("card.move")}
                    aria-expanded={menuOpen}
                    aria-controls={menuOpen ? menuId : undefined}
                    onClick={() => ui.setMoveMenuCardId(menuOpen ? null : card.id)}
                  >
                    <Icon name="grip" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-testid="card-edit"
                    aria-label={t("card.edit")}
                    title={t("card.edit")}
                    onClick={() => {
                      ui.drafts.open(card);
                      focusCard(card.id, "editor");
                    }}
                  >
                    <Icon name="edit" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-testid="card-delete"
                    aria-label={t("card.delete")}
                    title={t("card.delete")}
                    onClick={() => setConfirming(true)}
                  >
                    <Icon name="trash" />
                  </button>
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
          title={t("card.deleteConfirm.title", { title: card.content.title })}
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
    </li>
  );
}
