import { lazyPart } from "../lazyPart";

/** The confirm dialog as a chunk of its own, for parts of the board's first load (see lazyPart). */
export const ConfirmDialog = lazyPart(() => import("./ConfirmDialog").then((m) => m.ConfirmDialog));
