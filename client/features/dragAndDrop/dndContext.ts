import { createContext, useContext } from "react";
import type { DndBindings } from "./dndBindings";

/** Where the board's elements register for drag and drop (see DndBindings); one per board. */
export const DndBindingsContext = createContext<DndBindings | null>(null);

export function useDndBindings(): DndBindings {
  const bindings = useContext(DndBindingsContext);
  if (!bindings) throw new Error("useDndBindings needs a DndBindingsContext provider");
  return bindings;
}
