import { putWrite, removeWrite } from "../core/records";
import type { RecordView } from "../core/recordView";
import { done, fail, type OpRule, rule } from "../core/ruleBook";
import { problem } from "../errors";
import { LIMITS } from "../limits";
import type { Card, Column } from "../model";
import type { Op } from "../ops";
import { placeRanked, sortRanked } from "../ordering";

const missing = () => fail(problem("not_found", "This column no longer exists."));

export const columnRules: OpRule<Op>[] = [
  rule<Op, "column.add">({
    type: "column.add",
    moderatorOnly: true,
    apply(view, op) {
      if (view.get("column", op.columnId)) return fail(problem("already_exists", "A column with this id exists."));
      if (view.count("column") >= LIMITS.columnsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.columnsPerBoard} columns.`));
      }
      const column: Column = {
        type: "column",
        id: op.columnId,
        version: 1,
        audience: "board",
        authorId: null,
        title: op.title,
        rank: op.rank,
      };
      return done(...placeRanked(columnsInOrder(view), column, op.rank).map((placed) => putWrite(placed)));
    },
  }),
  rule<Op, "column.rename">({
    type: "column.rename",
    moderatorOnly: true,
    apply(view, op) {
      const column = view.get<Column>("column", op.columnId);
      if (!column) return missing();
      if (op.baseVersion !== column.version) {
        return fail(problem("conflict", "The column was renamed by someone else meanwhile.", { current: column }));
      }
      return done(putWrite({ ...column, title: op.title, version: column.version + 1 }));
    },
  }),
  rule<Op, "column.move">({
    type: "column.move",
    moderatorOnly: true,
    apply(view, op) {
      const column = view.get<Column>("column", op.columnId);
      if (!column) return missing();
      return done(...placeRanked(columnsInOrder(view), column, op.rank).map((placed) => putWrite(placed)));
    },
  }),
  rule<Op, "column.remove">({
    type: "column.remove",
    moderatorOnly: true,
    apply(view, op) {
      const column = view.get<Column>("column", op.columnId);
      if (!column) return missing();
      return done(...cardsIn(view, column.id).map(removeWrite), removeWrite(column));
    },
  }),
];

/** The board's columns in rank order (a board has at most 50). */
function columnsInOrder(view: RecordView): Column[] {
  return sortRanked(view.list<Column>("column"));
}

/** The cards of a column, in rank order. */
export function cardsIn(view: RecordView, columnId: string): readonly Card[] {
  return view.where<Card>("card", "columnId", columnId);
}
