import { ID_PATTERN } from "./ids";

/**
 * The client's pages, told from an address alone: client/App.tsx renders the page, the server
 * (server/http/pagePreloads.ts) names its code in the HTML so the browser fetches it with the entry.
 */
export type Page =
  | { name: "start" }
  | { name: "privacy" }
  | { name: "board"; boardId: string }
  | { name: "projector"; boardId: string }
  /** LINK-1: a special link, `/b/<boardId>?link=<linkId>#<secret>`. */
  | { name: "linkHolder"; boardId: string; linkId: string }
  | { name: "notFound" };

export type PageName = Page["name"];

const LINK_ID = /^[A-Za-z0-9_-]{8,64}$/;

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
  return linkId ? { name: "linkHolder", boardId, linkId } : { name: "board", boardId };
}
