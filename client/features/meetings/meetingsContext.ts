import type { BoardState } from "../../../shared/boardState";
import type { RecordView } from "../../../shared/core/recordView";
import type { Actor } from "../../../shared/model";
import type { BoardActions } from "../../sync/boardActions";

/** What the meetings view's parts share: the board as predicted, who looks, and how to change it. */
export interface MeetingsContext {
  board: BoardState;
  view: RecordView;
  actor: Actor;
  actions: BoardActions;
  moderator: boolean;
  language: string;
  today: string;
}
