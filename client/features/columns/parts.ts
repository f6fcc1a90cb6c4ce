import { createElement } from "react";
import { lazyPart } from "../../core/lazyPart";

/**
 * Only moderators see these: each a chunk of its own (see lazyPart). The controls show in every
 * column with the board's first paint: their row is kept free until they arrive (UI-8).
 */
export const ColumnControls = lazyPart(
  () => import("./ColumnControls").then((m) => m.ColumnControls),
  createElement("div", { className: "column-controls", "aria-hidden": true }),
);
export const AddColumn = lazyPart(() => import("./AddColumn").then((m) => m.AddColumn));
