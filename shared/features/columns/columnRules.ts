import { putWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { LIMITS } from "../../limits";
import { type Card, type Column, columnWithDefaults, type StoredColumn } from "../../model";
import { placeRanked, sortRanked } from "../../ordering";
import { clustersLeftEmpty } from "../clusters";
import type { ColumnOp as Op } from "./ops";

const missing = () => fail(problem("not_found", "This column no longer exists."));
const changedMeanwhile = (current: Column) =>
  fail(problem("conflict", "The column was changed by someone else meanwhile.", { current }));

/** A column as the rules use it; stored ones from before COL-4 read with an empty description. */
function columnIn(view: RecordView, columnId: string): Column | undefined {
  const stored = view.get<StoredColumn>("column", columnId);
  return stored && columnWithDefaults(stored);
}

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
        description: op.description,
        rank: op.rank,
      };
      return done(...placeRanked(columnsInOrder(view), column, op.rank).map((placed) => putWrite(placed)));
    },
  }),
  rule<Op, "column.rename">({
    type: "column.rename",
    moderatorOnly: true,
    apply(view, op) {
      const column = columnIn(view, op.columnId);
      if (!column) return missing();
      if (op.baseVersion !== column.version) return changedMeanwhile(column);
      return done(putWrite({ ...column, title: op.title, version: column.version + 1 }));
    },
  }),
  rule<Op, "column.update">({
    type: "column.update",
    moderatorOnly: true,
    apply(view, op) {
      const column = columnIn(view, op.columnId);
      if (!column) return missing();
      if (op.baseVersion !== column.version) return changedMeanwhile(column);
      return done(putWrite({ ...column, title: op.title, description: op.description, version: column.version + 1 }));
    },
  }),
  rule<Op, "column.move">({
    type: "column.move",
    moderatorOnly: true,
    apply(view, op) {
      const column = columnIn(view, op.columnId);
      if (!column) return missing();
      return done(...placeRanked(columnsInOrder(view), column, op.rank).map((placed) => putWrite(placed)));
    },
  }),
  rule<Op, "column.remove">({
    type: "column.remove",
    moderatorOnly: true,
    apply(view, op) {
      const column = columnIn(view, op.columnId);
      if (!column) return missing();
      const cards = cardsIn(view, column.id);
      return done(...cards.map(removeWrite), ...clustersLeftEmpty(view, cards), removeWrite(column));
    },
  }),
];

/** The board's columns in rank order (a board has at most 50). */
function columnsInOrder(view: RecordView): Column[] {
  return sortRanked(view.list<StoredColumn>("column").map(columnWithDefaults));
}

/** The cards of a column, in rank order. */
export function cardsIn(view: RecordView, columnId: string): readonly Card[] {
  return view.where<Card>("card", "columnId", columnId);
}
