/** Drag and drop: where the board's elements register (DndLayer, with dnd-kit, is a lazy part, see boardParts). */
export { columnDropId, DndBindings } from "./dndBindings";
