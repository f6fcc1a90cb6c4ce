import { lazyPart } from "../../core/lazyPart";

/** Drag and drop: where the board's elements register, and where a drop lands. */
export { columnDropId, DndBindings } from "./dndBindings";
export { DndBindingsContext, useDndBindings } from "./dndContext";
export type { DropHint } from "./dropHint";
/** dnd-kit's layer: the board shows and works by keyboard before it arrives. */
export const DndLayer = lazyPart(() => import("./DndLayer").then((m) => m.DndLayer));
