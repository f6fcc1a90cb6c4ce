export { cardsIn, columnRules } from "./columnRules";
export { columnEditTargets } from "./edits";
export type { ColumnOp } from "./ops";
