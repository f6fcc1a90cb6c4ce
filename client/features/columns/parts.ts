import { lazyPart } from "../../core/lazyPart";

/** Only moderators see these: each a chunk of its own (see lazyPart). */
export const ColumnControls = lazyPart(() => import("./ColumnControls").then((m) => m.ColumnControls));
export const AddColumn = lazyPart(() => import("./AddColumn").then((m) => m.AddColumn));
