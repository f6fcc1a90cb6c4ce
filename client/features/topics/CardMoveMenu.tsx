import type { Card } from "../../../shared/model";
import { focusCard } from "../../core/ui/focus";
import { Icon } from "../../core/ui/Icon";
import { useT } from "../../i18n/I18nProvider";
import { useBoardLayout, useBoardUi } from "../board";
import { useColumnLocks } from "../moderation";
import { CardClusterMenu } from "./CardClusterMenu";
import { cardLabel } from "./cardKinds/registry";
import { type MoveDirection, planMove } from "./moves";

const DIRECTIONS: readonly MoveDirection[] = ["up", "down", "left", "right"];

/** Buttons for the keyboard moves, for touch and screen-reader users. */
export function CardMoveMenu({ card, id }: { card: Card; id: string }) {
  const t = useT();
  const ui = useBoardUi();
  const layout = useBoardLayout();
  // MOD-7: a locked neighbouring column is no place to go.
  const locks = useColumnLocks();
  return (
    <fieldset
      id={id}
      className="move-menu"
      data-testid="move-menu"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        ui.setMoveMenuCardId(null);
        focusCard(card.id, "handle");
      }}
    >
      <legend className="visually-hidden">{t("card.moveMenu", { title: cardLabel(card.content) })}</legend>
      {DIRECTIONS.map((direction) => {
        const target = planMove(layout.columns, layout.cardsByColumn, card, direction);
        const possible = target !== null && !locks.has(target.columnId);
        return (
          <button
            key={direction}
            type="button"
            className="button button-small"
            data-focus={direction}
            // aria-disabled keeps the button focusable, so focus can stay here after the last possible move.
            aria-disabled={possible ? undefined : true}
            onClick={() => possible && ui.moveCardBy(card, direction, direction, locks)}
          >
            <Icon name={direction} />
            {t(`move.${direction}`)}
          </button>
        );
      })}
      {ui.actor.role === "moderator" && <CardClusterMenu card={card} />}
    </fieldset>
  );
}
