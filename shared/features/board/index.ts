export { boardRecord, boardRules } from "./boardRules";
export { boardEditTargets } from "./edits";
export type { BoardOp } from "./ops";
