import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { boardRules } from "./boardRules";
import { boardEditTargets, boardOpVersions } from "./edits";
import { BOARD_OPS } from "./ops";

/** The board's own record: title, description, views (BOARD-3, VIEW-2). */
export const boardFeature = defineFeature({
  name: "board",
  ops: BOARD_OPS,
  rules: boardRules,
  recordTypes: [{ type: "board", audiences: ["board"], personal: NO_PERSONAL_DATA, linkHolders: "structure" }],
  editTargets: boardEditTargets,
  since: boardOpVersions,
});
