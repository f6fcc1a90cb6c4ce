import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { focusEditTargets, focusOpVersions } from "./edits";
import { focusRules } from "./index";
import { FOCUS_OPS } from "./ops";

/** "Follow me" (PROJ-1): what the moderators put in focus for the projector. */
export const focusFeature = defineFeature({
  name: "focus",
  ops: FOCUS_OPS,
  rules: focusRules,
  recordTypes: [{ type: "focus", audiences: ["board"], personal: NO_PERSONAL_DATA }],
  editTargets: focusEditTargets,
  since: focusOpVersions,
});
