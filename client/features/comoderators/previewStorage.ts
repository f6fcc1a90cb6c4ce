import type { KeyValueStorage, StorageWatch } from "../../sync/storage";

/**
 * COMOD-6: the preview tab's outbox of its own. Tabs of one browser share their unsent ops (SYNC-11),
 * and a tab sends the others' on its next join; a preview, joined as a participant, would send the
 * moderator tab's ops without moderator rights and have them refused. So the preview keeps its ops
 * under keys of its own and never sees the moderator's (nor they its); everything else (the author
 * token above all, so the preview is this browser's person) is the browser's storage as it is.
 */
export function previewStorage(storage: KeyValueStorage, boardId: string) {
  const shared = `themenwand:op:${boardId}:`;
  const own = `themenwand:previewOp:${boardId}:`;
  const hidden = `themenwand:moderatorOp:${boardId}:`;
  const inner = (key: string) => (key.startsWith(shared) ? own + key.slice(shared.length) : key);
  const outer = (key: string | null): string | null => {
    if (key === null) return null;
    if (key.startsWith(own)) return shared + key.slice(own.length);
    if (key.startsWith(shared)) return hidden + key.slice(shared.length);
    return key;
  };
  const wrapped: KeyValueStorage = {
    getItem: (key) => storage.getItem(inner(key)),
    setItem: (key, value) => storage.setItem(inner(key), value),
    removeItem: (key) => storage.removeItem(inner(key)),
    get length() {
      return storage.length;
    },
    key: (index) => outer(storage.key?.(index) ?? null),
  };
  const watch =
    (watchStorage: StorageWatch): StorageWatch =>
    (onChange) =>
      watchStorage((key) => onChange(outer(key)));
  return { storage: wrapped, watch };
}
