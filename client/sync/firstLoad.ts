import type { BoardSnapshot } from "../../shared/model";

export interface FirstLoadRequest {
  /** Where the REST API lives ("" for the page's own origin). */
  apiBase: string;
  boardId: string;
  moderatorKey?: string;
  authorToken?: string;
  /** A special link's key (LINK-3): the snapshot holds only what the link opens. */
  linkKey?: string;
}

/**
 * A board's snapshot over HTTP: far smaller, compressed, than as a socket message. It carries the same
 * eyes as the join (moderator key, author token), so it holds what this user may see (VIS-4) and the
 * join after it only what happened since. Null on any failure (unknown board, offline, interrupted):
 * the join then answers with a typed problem or brings a snapshot itself.
 */
export async function fetchSnapshot({
  apiBase,
  boardId,
  moderatorKey,
  authorToken,
  linkKey,
}: FirstLoadRequest): Promise<BoardSnapshot | null> {
  const headers: Record<string, string> = {};
  if (moderatorKey) headers["X-Moderator-Key"] = moderatorKey;
  if (authorToken) headers["X-Author-Token"] = authorToken;
  if (linkKey) headers["X-Link-Key"] = linkKey;
  try {
    const response = await fetch(`${apiBase}/api/boards/${encodeURIComponent(boardId)}`, { headers });
    return response.ok ? ((await response.json()) as BoardSnapshot) : null;
  } catch {
    return null;
  }
}
