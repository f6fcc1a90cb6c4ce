/** Theme columns: the board's columns with their cards (AddColumn and ColumnControls are lazy parts, parts.ts). */
export { ColumnsBoard } from "./ColumnsBoard";
export { AddColumn, ColumnControls } from "./parts";
