/**
 * Special links (LINK-1..6): the moderators' panel and the page a link opens, each a lazy chunk.
 * `linkIdInAddress(search)` tells the router whether the address is a special link's.
 */
import { lazyPart } from "../../core/lazyPart";

export { linkIdInAddress } from "./linkSecret";
export const LinksPanel = lazyPart(() => import("./LinksPanel").then((m) => m.LinksPanel));
export const LinkHolderPage = lazyPart(() => import("./LinkHolderPage").then((m) => m.LinkHolderPage));
export const LinksOnlyRefused = lazyPart(() => import("./LinksOnlyRefused").then((m) => m.LinksOnlyRefused));
