import type { KeyValueStorage } from "../../sync/storage";

/**
 * AG-5: a working group's conveners' link. The moderator's browser mints the secret and sends only
 * its SHA-256 (`convenerKeyHash`); the link carries the secret in the fragment
 * (`/b/<boardId>?view=groups#convene=<groupId>.<secret>`), which browsers never send to a server. The
 * moderator's browser keeps it to show the link again; a convener's browser keeps it to export.
 */
const keyOf = (boardId: string, groupId: string) => `themenwand:convenerKey:${boardId}:${groupId}`;

export function readConvenerSecret(storage: KeyValueStorage, boardId: string, groupId: string): string | null {
  try {
    return storage.getItem(keyOf(boardId, groupId));
  } catch {
    return null;
  }
}

export function writeConvenerSecret(storage: KeyValueStorage, boardId: string, groupId: string, secret: string): void {
  try {
    storage.setItem(keyOf(boardId, groupId), secret);
  } catch {
    // Storage denied: the link works for this page only.
  }
}

export function convenerLinkUrl(origin: string, boardId: string, groupId: string, secret: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}?view=groups#convene=${groupId}.${secret}`;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The group id and secret in a fragment `#convene=<groupId>.<secret>`, or null. */
export function parseConvenerFragment(hash: string): { groupId: string; secret: string } | null {
  const match = /^#?convene=([^.&]+)\.([^.&]+)$/.exec(hash);
  if (!match) return null;
  const [, groupId, secret] = match;
  return ID.test(groupId) && ID.test(secret) ? { groupId, secret } : null;
}

/**
 * Takes a conveners' link out of the address (so it is not bookmarked or shared by accident) and
 * keeps its secret for the board; answers the group it was for.
 */
export function takeConvenerFragment(storage: KeyValueStorage, boardId: string): string | null {
  const found = parseConvenerFragment(window.location.hash);
  if (!found) return null;
  writeConvenerSecret(storage, boardId, found.groupId, found.secret);
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  return found.groupId;
}
