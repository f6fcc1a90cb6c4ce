import { lazyPart } from "../../core/lazyPart";

/** The projector page (PROJ-2): a chunk of its own, with the QR code; the board page never loads it. */
export const ProjectorPage = lazyPart(() => import("./ProjectorPage").then((m) => m.ProjectorPage));
/** The moderators' timer, focus and projector link in the board header (PROJ-1, TIMER-1). */
export const StageMenu = lazyPart(() => import("./StageMenu").then((m) => m.StageMenu));
export { projectorPath } from "./projectorPath";
