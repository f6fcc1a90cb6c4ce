import { type KeyValueStorage, keysWithPrefix } from "../../sync/storage";

/**
 * The secrets this browser keeps of records that are its person's own (keys `themenwand:<kind>:<boardId>…`,
 * OPS-5's scheme): the business card's edit link and the personal calendar feed. Their records go
 * with DATA-2's erase, so the links would lead nowhere; the moderator key, unsent ops (the erase
 * among them) and conveners' links are not the person's data and stay.
 */
const OWN_SECRET_KINDS = new Set(["cardEditKey", "calendarFeed"]);

export function forgetOwnSecrets(storage: KeyValueStorage, boardId: string): void {
  for (const key of keysWithPrefix(storage, "themenwand:")) {
    const [, kind, board] = key.split(":");
    if (board === boardId && OWN_SECRET_KINDS.has(kind)) {
      try {
        storage.removeItem(key);
      } catch {
        // Storage denied: nothing was kept either.
      }
    }
  }
}
