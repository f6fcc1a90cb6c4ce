import type { EditTargets } from "../../core/feature";
import type { BoardOp } from "./ops";

export const boardEditTargets: EditTargets<BoardOp> = {
  "board.update": () => ({ type: "board", id: null }),
};
