import type { KeyValueStorage } from "../../sync/storage";

/**
 * NET-UI-2: a business card's private edit link. The browser mints the secret and sends only its
 * SHA-256 (`editKeyHash`); the link carries the secret in the fragment
 * (`/b/<boardId>?view=wall#edit=<cardId>.<secret>`), which browsers never send to a server or in a
 * Referer. This browser keeps it per board and card, so it can show the link again.
 */
const keyOf = (boardId: string, cardId: string) => `themenwand:cardEditKey:${boardId}:${cardId}`;

export function readEditSecret(storage: KeyValueStorage, boardId: string, cardId: string): string | null {
  try {
    return storage.getItem(keyOf(boardId, cardId));
  } catch {
    return null;
  }
}

/** The cards of a board whose edit secret this browser keeps (a few keys to scan, not every card). */
export function keptEditCardIds(storage: KeyValueStorage, boardId: string): Set<string> {
  const prefix = keyOf(boardId, "");
  const ids = new Set<string>();
  try {
    for (let index = 0; index < (storage.length ?? 0); index++) {
      const key = storage.key?.(index);
      if (key?.startsWith(prefix)) ids.add(key.slice(prefix.length));
    }
  } catch {
    // Storage denied: nothing kept.
  }
  return ids;
}

export function writeEditSecret(storage: KeyValueStorage, boardId: string, cardId: string, secret: string | null) {
  try {
    if (secret) storage.setItem(keyOf(boardId, cardId), secret);
    else storage.removeItem(keyOf(boardId, cardId));
  } catch {
    // Storage denied: the link shows for this page only; the person keeps it themselves.
  }
}

export function editLinkUrl(origin: string, boardId: string, cardId: string, secret: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}?view=wall#edit=${cardId}.${secret}`;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The card id and secret in a fragment `#edit=<cardId>.<secret>`, or null. */
export function parseEditFragment(hash: string): { cardId: string; secret: string } | null {
  const match = /^#?edit=([^.&]+)\.([^.&]+)$/.exec(hash);
  if (!match) return null;
  const [, cardId, secret] = match;
  return ID.test(cardId) && ID.test(secret) ? { cardId, secret } : null;
}

/** A card's edit secret, and the hash its publish op carries (`editKeyHash`). */
