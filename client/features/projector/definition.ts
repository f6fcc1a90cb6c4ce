import { type FocusOp, focusEditTargets, focusOpVersions, focusRules } from "../../../shared/features/focus";
import { defineClientFeature } from "../../core/clientFeature";

/** "Follow me" in the browser: the moderator's choice shows at once, the projector follows the record. */
export const focusClient = defineClientFeature<FocusOp>({
  name: "focus",
  ops: { "focus.set": { label: "action.focus.set", submittedText: () => "" } },
  editTargets: focusEditTargets,
  opVersions: focusOpVersions,
  rules: focusRules,
});
