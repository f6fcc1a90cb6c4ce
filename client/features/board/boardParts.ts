import { lazyPart } from "../../core/lazyPart";

/**
 * The board frame's parts that its first paint does not need, each in a chunk of its own (see
 * lazyPart). The page (client/views/boardParts.ts) fetches them, and the other slices' parts, once
 * the board shows, so that opening an editor or a dialog does not wait for the network.
 */
export const ProblemAlerts = lazyPart(() => import("./ProblemAlerts").then((m) => m.ProblemAlerts));
export const BoardFailure = lazyPart(() => import("./BoardFailure").then((m) => m.BoardFailure));
/** The participant link's QR code (VIEW-5): the QR library stays out of the board page's first load. */
export const QrDialog = lazyPart(() => import("./QrDialog").then((m) => m.QrDialog));
/** Only moderators see this. */
export const BoardMetaForm = lazyPart(() => import("./BoardMetaForm").then((m) => m.BoardMetaForm));
