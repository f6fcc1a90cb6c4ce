export { focusEditTargets, focusOpVersions } from "./edits";
export { focusOf, focusRules } from "./focusRules";
export type { FocusOp } from "./ops";
export { FOCUS_ID, FOCUS_KINDS, type Focus, type FocusKind, type FocusTarget } from "./records";
