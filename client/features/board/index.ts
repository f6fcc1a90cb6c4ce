/** The board page's frame: its header and status, its context for the other slices, and its lazy parts. */

export { BoardHeader } from "./BoardHeader";
export { type BoardView, BoardViewTabs, panelId, tabId, useBoardView } from "./BoardViewTabs";
export { createBoardActions } from "./boardActions";
export { BoardFailure, BoardMetaForm, ProblemAlerts } from "./boardParts";
export {
  type BoardLayout,
  BoardLayoutContext,
  type BoardUi,
  BoardUiContext,
  type CardFocusPart,
  type ClosedColumns,
  type MoveDirection,
  useBoardLayout,
  useBoardUi,
} from "./boardUi";
export { ConnectionStatus } from "./ConnectionStatus";
export { ExpiryWarning } from "./ExpiryWarning";
export { type CardGroups, cardsByColumnSelector, sortedColumns } from "./selectors";
