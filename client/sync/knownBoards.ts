import { browserStorage, type KeyValueStorage, keysWithPrefix, readJson } from "./storage";

/** A board this browser created or visited, for the start page's list. */
export interface KnownBoard {
  id: string;
  title: string;
  lastVisited: number;
  /** Whether this browser holds the board's moderator key. */
  moderator: boolean;
}

const LIST_KEY = "themenwand:knownBoards";
const MAX_BOARDS = 50;
const moderatorKeyKey = (boardId: string) => `themenwand:moderatorKey:${boardId}`;

function write(storage: KeyValueStorage, key: string, value: string | null): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Storage full or denied: the board works, it is just not remembered.
  }
}

export function listKnownBoards(storage: KeyValueStorage = browserStorage()): KnownBoard[] {
  const boards = readJson<KnownBoard[]>(storage, LIST_KEY, []);
  if (!Array.isArray(boards)) return [];
  return boards
    .filter((board) => typeof board?.id === "string" && typeof board.title === "string")
    .map((board) => ({ ...board, moderator: moderatorKeyFor(board.id, storage) !== null }))
    .sort((a, b) => b.lastVisited - a.lastVisited);
}

export function rememberBoard(id: string, title: string, storage: KeyValueStorage = browserStorage()): void {
  const others = listKnownBoards(storage).filter((board) => board.id !== id);
  const entry: KnownBoard = { id, title, lastVisited: Date.now(), moderator: moderatorKeyFor(id, storage) !== null };
  write(storage, LIST_KEY, JSON.stringify([entry, ...others].slice(0, MAX_BOARDS)));
}

export function moderatorKeyFor(boardId: string, storage: KeyValueStorage = browserStorage()): string | null {
  return storage.getItem(moderatorKeyKey(boardId));
}

export function rememberModeratorKey(boardId: string, key: string, storage: KeyValueStorage = browserStorage()): void {
  write(storage, moderatorKeyKey(boardId), key);
}

export function forgetModeratorKey(boardId: string, storage: KeyValueStorage = browserStorage()): void {
  write(storage, moderatorKeyKey(boardId), null);
}

/**
 * OPS-5: everything this browser keeps of a deleted board goes: its entry in the list, its moderator
 * key, its unsent ops, drafts, edit-link keys and feed (every key `themenwand:<kind>:<boardId>…`).
 */
export function forgetBoard(boardId: string, storage: KeyValueStorage = browserStorage()): void {
  const others = listKnownBoards(storage).filter((board) => board.id !== boardId);
  write(storage, LIST_KEY, JSON.stringify(others));
  for (const key of keysWithPrefix(storage, "themenwand:")) {
    if (key.split(":")[2] === boardId) write(storage, key, null);
  }
}

interface Page {
  location: Pick<Location, "hash" | "pathname" | "search">;
  history: Pick<History, "state" | "replaceState">;
}

/** The key the address carried, per page: once taken out of the address, it is only here. */
const takenFromLink = new WeakMap<Page, { path: string; key: string }>();

/**
 * A moderator key from a moderator link's fragment (#key=…), removed from the visible URL so it is
 * not shared by accident. It is not remembered here: only once the server accepted it (AUTH-3).
 * Asked again on the same page (React may run a first state's initialiser twice), it answers the
 * same key, not the address it already cleaned.
 */
export function moderatorKeyFromLink(page: Page = window): string | null {
  const { location, history } = page;
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("key");
  const path = location.pathname + location.search;
  if (!fromHash) {
    const taken = takenFromLink.get(page);
    return taken?.path === path ? taken.key : null;
  }
  history.replaceState(history.state, "", path);
  takenFromLink.set(page, { path, key: fromHash });
  return fromHash;
}
