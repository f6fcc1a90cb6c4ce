import type { KeyValueStorage } from "../../sync/storage";

/**
 * LINK-1: a special link is `/b/<boardId>?link=<linkId>#<secret>`. The moderator's browser mints the
 * secret and sends only its SHA-256; the fragment never reaches a server. The page keeps the secret
 * per board and link (the moderator's to show the link again, the holder's to join after a reload)
 * and takes it out of the address.
 */
const keyOf = (boardId: string, linkId: string) => `themenwand:specialLink:${boardId}:${linkId}`;

const SECRET = /^[A-Za-z0-9_-]{16,128}$/;

export function readLinkSecret(storage: KeyValueStorage, boardId: string, linkId: string): string | null {
  try {
    return storage.getItem(keyOf(boardId, linkId));
  } catch {
    return null;
  }
}

export function writeLinkSecret(storage: KeyValueStorage, boardId: string, linkId: string, secret: string): void {
  try {
    storage.setItem(keyOf(boardId, linkId), secret);
  } catch {
    // Storage denied: the link works for this page only.
  }
}

export function specialLinkUrl(origin: string, boardId: string, linkId: string, secret: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}?link=${linkId}#${secret}`;
}

/**
 * The holder's key, `<linkId>.<secret>`: the secret from the fragment (kept, and taken out of the
 * address so it is not bookmarked or shared by accident) or from storage; null without one.
 */
export function takeLinkKey(storage: KeyValueStorage, boardId: string, linkId: string): string | null {
  const fragment = window.location.hash.replace(/^#/, "");
  if (SECRET.test(fragment)) {
    writeLinkSecret(storage, boardId, linkId, fragment);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  }
  const secret = readLinkSecret(storage, boardId, linkId);
  return secret ? `${linkId}.${secret}` : null;
}
