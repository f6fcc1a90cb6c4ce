export { cardsIn, columnRules } from "./columnRules";
export { columnEditTargets, columnOpVersions } from "./edits";
export type { ColumnOp } from "./ops";
