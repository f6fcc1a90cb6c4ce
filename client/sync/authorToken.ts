import { randomSecret } from "../core/secrets";
import { AUTHOR_TOKEN_KEY, readAuthorToken } from "./joinRequest";
import type { KeyValueStorage } from "./storage";

const DATABASE = "themenwand";
const IDENTITY = "identity";

/**
 * SYNC-16: one author token per browser, also for tabs opened at the same moment on a first visit.
 * The browser mints it before its first join (the server takes any well-formed token, AUTH-2). Two
 * tabs must not each keep their own: localStorage is not shared atomically between a browser's
 * processes (a tab may read its own write while another tab's lands later and wins), so the token is
 * claimed first-writer-wins in one IndexedDB transaction, which the browser runs one at a time
 * across tabs; localStorage then keeps a copy for the readers that need it at once. Without
 * IndexedDB (some private modes, tests), the token is written, read back, and what is stored is used.
 */
export async function ensureAuthorToken(
  storage: KeyValueStorage,
  indexedDb: IDBFactory | undefined = globalThis.indexedDB,
): Promise<string> {
  const kept = readAuthorToken(storage);
  if (kept) return kept;
  const minted = randomSecret();
  const claimed = indexedDb ? await claimOnce(indexedDb, minted).catch(() => undefined) : undefined;
  try {
    if (claimed) storage.setItem(AUTHOR_TOKEN_KEY, claimed);
    else if (!readAuthorToken(storage)) storage.setItem(AUTHOR_TOKEN_KEY, minted);
  } catch {
    // Storage denied: the token holds for this page.
  }
  return claimed ?? readAuthorToken(storage) ?? minted;
}

/** The token IndexedDB holds, or `minted` stored there if it holds none, in one transaction. */
async function claimOnce(indexedDb: IDBFactory, minted: string): Promise<string> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDb.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(IDENTITY);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
    opening.onblocked = () => reject(new Error("IndexedDB is blocked"));
  });
  try {
    return await new Promise<string>((resolve, reject) => {
      const transaction = database.transaction(IDENTITY, "readwrite");
      const identity = transaction.objectStore(IDENTITY);
      let token = minted;
      const reading = identity.get(AUTHOR_TOKEN_KEY);
      reading.onsuccess = () => {
        if (typeof reading.result === "string") token = reading.result;
        else identity.put(minted, AUTHOR_TOKEN_KEY);
      };
      transaction.oncomplete = () => resolve(token);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}
