import type { BoardState } from "../../../shared/boardState";
import type { RecordView } from "../../../shared/core/recordView";
import type { Actor, Card } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";

/** What the meetings view's parts share: the board as predicted, who looks, and how to change it. */
export interface MeetingsContext {
  board: BoardState;
  view: RecordView;
  actor: Actor;
  actions: BoardActions;
  moderator: boolean;
  language: string;
  today: string;
  /** A card's name, from the topics slice (handed in by the page, so this slice does not import it). */
  labelOf(card: Card): string;
}
