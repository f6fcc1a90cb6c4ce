import type { BoardState } from "../../../shared/boardState";
import type { Actor } from "../../../shared/model";
import type { BoardActions } from "../../sync/boardActions";

export interface NetworkingViewProps {
  boardId: string;
  board: BoardState;
  actor: Actor;
  actions: BoardActions;
}

/** The networking wall (NET-UI-1..). */
export function NetworkingView(_props: NetworkingViewProps) {
  return <div className="wall" data-testid="wall" />;
}
