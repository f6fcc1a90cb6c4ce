export { boardRecord, boardRules } from "./boardRules";
export { boardEditTargets, boardOpVersions } from "./edits";
export type { BoardOp } from "./ops";
