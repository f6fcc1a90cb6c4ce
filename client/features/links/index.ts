/**
 * Special links (LINK-1..6): the moderators' panel and the page a link opens, each a lazy chunk.
 * Which address is a special link's page is shared/pages.ts's to say.
 */
import { lazyPart } from "../../core/lazyPart";

export const LinksPanel = lazyPart(() => import("./LinksPanel").then((m) => m.LinksPanel));
export const LinkHolderPage = lazyPart(() => import("./LinkHolderPage").then((m) => m.LinkHolderPage));
export const LinksOnlyRefused = lazyPart(() => import("./LinksOnlyRefused").then((m) => m.LinksOnlyRefused));
