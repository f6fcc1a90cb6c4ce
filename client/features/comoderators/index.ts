import { lazyPart } from "../../core/lazyPart";

/** Moderators themselves (COMOD-1..6): the moderator link, co-moderator links, the participants' preview. */
export { isPreview, moderatorLinkUrl, previewUrl } from "./links";
export { previewStorage } from "./previewStorage";
export const ModeratorLinks = lazyPart(() => import("./ModeratorLinks").then((m) => m.ModeratorLinks));
export const PreviewNotice = lazyPart(() => import("./PreviewNotice").then((m) => m.PreviewNotice));
