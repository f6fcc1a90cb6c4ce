/** Theme columns: the board's columns with their cards (AddColumn and ColumnControls are lazy parts, see boardParts). */
export { ColumnsBoard } from "./ColumnsBoard";
export type { DropHint } from "./ColumnView";
