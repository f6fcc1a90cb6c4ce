import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { columnRules } from "./columnRules";
import { columnEditTargets, columnOpVersions } from "./edits";
import { COLUMN_OPS } from "./ops";

/** The board's theme columns (COL-1..4). */
export const columnsFeature = defineFeature({
  name: "columns",
  ops: COLUMN_OPS,
  rules: columnRules,
  recordTypes: [{ type: "column", audiences: ["board"], personal: NO_PERSONAL_DATA, linkHolders: "structure" }],
  editTargets: columnEditTargets,
  since: columnOpVersions,
});
