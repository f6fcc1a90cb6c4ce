import { lazyPart } from "../../core/lazyPart";

/** EXP-10: the board's export menu, in a chunk of its own with its words and the print stylesheet. */
export const ExportMenu = lazyPart(() => import("./ExportMenu").then((m) => m.ExportMenu));
