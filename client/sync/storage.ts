/** The part of the Web Storage API the client uses; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** For listing keys, as localStorage offers it; optional so that a bare stand-in still works. */
  readonly length?: number;
  key?(index: number): string | null;
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
  };
}

/** Every key that starts with `prefix`. */
export function keysWithPrefix(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = [];
  try {
    const count = storage.length ?? 0;
    for (let index = 0; index < count; index++) {
      const key = storage.key?.(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Storage denied: nothing to list.
  }
  return keys;
}

/**
 * Tells when another tab changed browser storage (the `storage` event; a key of null means it was
 * cleared). Returns the function that stops listening. Tests call the listener themselves.
 */
export type StorageWatch = (onChange: (key: string | null) => void) => () => void;

export const watchBrowserStorage: StorageWatch = (onChange) => {
  const listener = (event: StorageEvent) => onChange(event.key);
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
};

/** localStorage when the browser allows it (private modes may not), else memory for this tab. */
export function browserStorage(): KeyValueStorage {
  try {
    const probe = "themenwand:probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}

export function readJson<T>(storage: KeyValueStorage, key: string, fallback: T): T {
  try {
    const text = storage.getItem(key);
    return text === null ? fallback : (JSON.parse(text) as T);
  } catch {
    return fallback;
  }
}
