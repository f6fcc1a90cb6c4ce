import { useMemo } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { RecordView } from "../../../shared/core/recordView";
import type { BusinessCard, WallSettings } from "../../../shared/features/networking/records";
import type { Actor } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import type { NetworkingTranslate } from "./useNetworkingT";
import { distinctSorted } from "./wallFilter";

/** What the wall's parts share: the board as predicted, who looks at it, and how to change it. */
export interface WallContext {
  boardId: string;
  board: BoardState;
  view: RecordView;
  actor: Actor;
  actions: BoardActions;
  moderator: boolean;
  t: NetworkingTranslate;
  /** The viewer's own card, if they have one on this board. */
  ownCard: BusinessCard | null;
  settings: WallSettings | null;
  /** Suggestions from the board's lists and from every card. */
  regionSuggestions: string[];
  topicSuggestions: string[];
}

/** The wall's context, the same object while none of its parts changes; the suggestions from the cards given. */
export function useWallContext(
  parts: Omit<WallContext, "regionSuggestions" | "topicSuggestions">,
  cards: readonly BusinessCard[],
): WallContext {
  const { boardId, board, view, actor, actions, moderator, t, ownCard, settings } = parts;
  const regionSuggestions = useMemo(
    () => distinctSorted([...(settings?.regions ?? []), ...cards.map((card) => card.region)]),
    [settings, cards],
  );
  const topicSuggestions = useMemo(
    () => distinctSorted([...(settings?.topics ?? []), ...cards.flatMap((card) => card.topics)]),
    [settings, cards],
  );
  return useMemo<WallContext>(
    () => ({
      boardId,
      board,
      view,
      actor,
      actions,
      moderator,
      t,
      ownCard,
      settings,
      regionSuggestions,
      topicSuggestions,
    }),
    [boardId, board, view, actor, actions, moderator, t, ownCard, settings, regionSuggestions, topicSuggestions],
  );
}
