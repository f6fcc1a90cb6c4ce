import { type BoardOp, boardEditTargets, boardOpVersions, boardRules } from "../../../shared/features/board";
import { defineClientFeature, paragraphs } from "../../core/clientFeature";
import { recordKey } from "../../sync/footprint";

/** The board's own record in the browser: title, description, views. */
export const boardClient = defineClientFeature<BoardOp>({
  name: "board",
  ops: {
    "board.update": {
      label: "action.board.update",
      submittedText: (op) => paragraphs(op.title, op.description),
      footprint(_op, view) {
        const board = view.list("board")[0];
        return board ? [recordKey(board)] : "all";
      },
    },
  },
  editTargets: boardEditTargets,
  opVersions: boardOpVersions,
  rules: boardRules,
});
