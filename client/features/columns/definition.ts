import { type ColumnOp, columnEditTargets, columnOpVersions, columnRules } from "../../../shared/features/columns";
import type { Card } from "../../../shared/model";
import { defineClientFeature, paragraphs } from "../../core/clientFeature";
import { COLUMN_RANKS, cardsIn, recordKey } from "../../sync/footprint";

const columnKey = (op: { columnId: string }) => recordKey({ type: "column", id: op.columnId });
const placed = (op: { columnId: string }) => [columnKey(op), COLUMN_RANKS];

/** Theme columns in the browser. */
export const columnsClient = defineClientFeature<ColumnOp>({
  name: "columns",
  ops: {
    "column.add": {
      label: "action.column.add",
      submittedText: (op) => paragraphs(op.title, op.description),
      footprint: placed,
    },
    "column.rename": {
      label: "action.column.rename",
      submittedText: (op) => op.title,
      footprint: (op) => [columnKey(op)],
    },
    "column.update": {
      label: "action.column.update",
      submittedText: (op) => paragraphs(op.title, op.description),
      footprint: (op) => [columnKey(op)],
    },
    "column.move": { label: "action.column.move", submittedText: () => "", footprint: placed },
    // The column and every card in it.
    "column.remove": {
      label: "action.column.remove",
      submittedText: () => "",
      footprint: (op, view) =>
        view.where<Card>("card", "columnId", op.columnId).some((card) => card.clusterId)
          ? "all"
          : [columnKey(op), cardsIn(op.columnId)],
    },
  },
  editTargets: columnEditTargets,
  opVersions: columnOpVersions,
  rules: columnRules,
});
