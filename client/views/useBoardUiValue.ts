import { useLayoutEffect, useMemo, useRef } from "react";
import { type BoardState, columnsOf } from "../../shared/boardState";
import type { Actor, Card, Column, Role } from "../../shared/model";
import type { BoardActions } from "../core/boardActions";
import { focusCard } from "../core/ui/focus";
import type { BoardUi, CardGroups } from "../features/board";
import { cardLabel, planMove } from "../features/topics";
import { useT } from "../i18n/I18nProvider";
import type { Identity } from "../sync/identity";

/** A question for the user's display name, answered by the name dialog. */
export interface NameRequest {
  mode: "post" | "change";
  onChosen?(name: string | null): void;
  onCancel?(): void;
}

interface Inputs {
  actions: BoardActions | null;
  role: Role | null;
  authorId: string | null;
  board: BoardState | null;
  columns: readonly Column[];
  cardGroups: CardGroups;
  identity: Identity;
  announce(text: string): void;
  setMoveMenuCardId(cardId: string | null): void;
  requestName(request: NameRequest): void;
}

/**
 * The board page's BoardUi: one object for as long as actions and role stay, so that a
 * change to one card does not render every card again. Its functions read the board (and the
 * language and name) as they are when the user acts, not as they were when the object was made.
 * Null until the board can take changes.
 */
export function useBoardUiValue(inputs: Inputs): BoardUi | null {
  const t = useT();
  const { actions, role, authorId, announce, setMoveMenuCardId, requestName } = inputs;
  const latest = useRef({ ...inputs, t });
  useLayoutEffect(() => {
    latest.current = { ...inputs, t };
  });
  const actor = useMemo<Actor | null>(() => (role ? { role, authorId } : null), [role, authorId]);

  return useMemo<BoardUi | null>(() => {
    if (!actions || !actor) return null;
    const act = actions;

    function moveCardTo(card: Card, columnId: string, index: number) {
      const { board, cardGroups, t } = latest.current;
      const column = board && columnsOf(board)[columnId];
      if (!column) return;
      const others = (cardGroups.get(columnId) ?? []).filter((other) => other.id !== card.id);
      const position = Math.min(index, others.length) + 1;
      act.moveCard(card.id, columnId, index);
      announce(
        t("move.announce", {
          title: cardLabel(card.content),
          column: column.title,
          position,
          count: others.length + 1,
        }),
      );
    }

    function addCard(columnId: string, name: string | null, content: Card["content"]) {
      act.addCard(columnId, name, content);
      announce(latest.current.t("cardForm.posted", { title: cardLabel(content) }));
    }

    return {
      announce,
      cardLabel: (card) => cardLabel(card.content),
      actions: act,
      actor,
      moveCardTo,
      moveCardBy(card, direction, focus, closed) {
        const { columns, cardGroups, t } = latest.current;
        const target = planMove(columns, cardGroups, card, direction);
        if (!target) {
          announce(t(`move.impossible.${direction}`, { title: cardLabel(card.content) }));
          return;
        }
        if (closed?.has(target.columnId)) {
          const column = columns.find((each) => each.id === target.columnId);
          announce(closed.refusal(cardLabel(card.content), column?.title ?? ""));
          return;
        }
        moveCardTo(card, target.columnId, target.index);
        focusCard(card.id, focus);
      },
      setMoveMenuCardId,
      postCard(columnId, content) {
        const { identity } = latest.current;
        if (identity.chosen) {
          addCard(columnId, identity.name, content);
          return Promise.resolve(true);
        }
        return new Promise((resolve) =>
          requestName({
            mode: "post",
            onChosen: (name) => {
              addCard(columnId, name, content);
              resolve(true);
            },
            onCancel: () => resolve(false),
          }),
        );
      },
    };
  }, [actions, actor, announce, setMoveMenuCardId, requestName]);
}
