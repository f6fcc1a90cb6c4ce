import { ID_PATTERN } from "./ids";
import { BOARD_VIEWS, type BoardView } from "./model";

/**
 * The client's pages, told from an address alone: client/App.tsx renders the page, the server
 * (server/http/pagePreloads.ts) names its code in the HTML so the browser fetches it with the entry.
 */
export type Page =
  | { name: "start" }
  | { name: "privacy" }
  /** `view`: the view the address asks for (`?view=meetings`, VIEW-3), if any. */
  | { name: "board"; boardId: string; view?: BoardView }
  | { name: "projector"; boardId: string }
  /** LINK-1: a special link, `/b/<boardId>?link=<linkId>#<secret>`. */
  | { name: "linkHolder"; boardId: string; linkId: string }
  | { name: "notFound" };

export type PageName = Page["name"];

const LINK_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The board view an address asks for (`?view=`), or null. */
export function viewInAddress(search: string): BoardView | null {
  const asked = new URLSearchParams(search).get("view");
  return BOARD_VIEWS.find((view) => view === asked) ?? null;
}

/** The link id in the address (`?link=`), or null when this is no special link's page. */
export function linkIdInAddress(search: string): string | null {
  const linkId = new URLSearchParams(search).get("link");
  return linkId && LINK_ID.test(linkId) ? linkId : null;
}

export function pageAt(pathname: string, search: string): Page {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "start" };
  if (path === "/datenschutz" || path === "/privacy") return { name: "privacy" };
  const board = /^\/b\/([^/]+)(\/projector)?$/.exec(path);
  if (!board || !ID_PATTERN.test(board[1])) return { name: "notFound" };
  const boardId = board[1];
  if (board[2]) return { name: "projector", boardId };
  const linkId = linkIdInAddress(search);
  if (linkId) return { name: "linkHolder", boardId, linkId };
  const view = viewInAddress(search);
  return view ? { name: "board", boardId, view } : { name: "board", boardId };
}
