import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { timerEditTargets, timerOpVersions } from "./edits";
import { timerRules } from "./index";
import { TIMER_OPS } from "./ops";

/** The board's countdown (TIMER-1..3): one record, its times in the server's clock. */
export const timerFeature = defineFeature({
  name: "timer",
  ops: TIMER_OPS,
  rules: timerRules,
  recordTypes: [{ type: "timer", audiences: ["board"], personal: NO_PERSONAL_DATA, linkHolders: "structure" }],
  editTargets: timerEditTargets,
  since: timerOpVersions,
});
