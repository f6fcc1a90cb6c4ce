import { putWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { BoardMeta } from "../../model";
import type { BoardOp as Op } from "./ops";

/** The board's own record (title, description); every board has exactly one. */
export function boardRecord(view: RecordView): BoardMeta {
  const [board] = view.list<BoardMeta>("board");
  if (!board) throw new Error("a board without its board record");
  return board;
}

export const boardRules: OpRule<Op>[] = [
  rule<Op, "board.update">({
    type: "board.update",
    moderatorOnly: true,
    apply(view, op) {
      const board = boardRecord(view);
      if (op.baseVersion !== board.version) {
        return fail(problem("conflict", "The board was changed by someone else meanwhile.", { current: board }));
      }
      const next: BoardMeta = {
        ...board,
        title: op.title,
        description: op.description,
        ...(op.views ? { views: op.views } : {}),
        version: board.version + 1,
      };
      return done(putWrite(next, board));
    },
  }),
];
