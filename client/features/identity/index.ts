import { lazyPart } from "../../core/lazyPart";

/** Who the user is on a board: the display name in the header, and the dialog asking for it (a chunk of its own). */
export { DisplayName } from "./DisplayName";
export const NameDialog = lazyPart(() => import("./NameDialog").then((m) => m.NameDialog));
