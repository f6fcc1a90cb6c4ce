import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { ColumnOp } from "./ops";

// Both edit the column record: an update queued on a pending rename (or the reverse) chains on it.
export const columnEditTargets: EditTargets<ColumnOp> = {
  "column.rename": (op) => ({ type: "column", id: op.columnId }),
  "column.update": (op) => ({ type: "column", id: op.columnId }),
};

/** The protocol version that introduced each op (PROTO-2): a page sends an older server only what it knows. */
export const columnOpVersions: OpProtocolVersions<ColumnOp> = {
  "column.add": 1,
  "column.rename": 1,
  "column.update": 3,
  "column.move": 1,
  "column.remove": 1,
};
