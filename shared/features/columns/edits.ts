import type { EditTargets } from "../../core/feature";
import type { ColumnOp } from "./ops";

// Both edit the column record: an update queued on a pending rename (or the reverse) chains on it.
export const columnEditTargets: EditTargets<ColumnOp> = {
  "column.rename": (op) => ({ type: "column", id: op.columnId }),
  "column.update": (op) => ({ type: "column", id: op.columnId }),
};
