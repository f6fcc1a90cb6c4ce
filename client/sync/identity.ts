import { useSyncExternalStore } from "react";
import { browserStorage, readJson } from "./storage";

/** The display name a participant posts under: not chosen yet, a name, or anonymous (null). */
export type Identity = { chosen: false } | { chosen: true; name: string | null };

const NAME_KEY = "themenwand:displayName";
const listeners = new Set<() => void>();
let current: Identity | null = null;

function load(): Identity {
  const stored = readJson<{ name?: unknown } | null>(browserStorage(), NAME_KEY, null);
  if (stored && (typeof stored.name === "string" || stored.name === null)) return { chosen: true, name: stored.name };
  return { chosen: false };
}

function snapshot(): Identity {
  current ??= load();
  return current;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab changed the name.
  if (event.key !== NAME_KEY) return;
  current = load();
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("storage", onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

export function setDisplayName(name: string | null): void {
  const trimmed = name?.trim() || null;
  try {
    browserStorage().setItem(NAME_KEY, JSON.stringify({ name: trimmed }));
  } catch {
    // Storage denied: the name holds for this page only.
  }
  current = { chosen: true, name: trimmed };
  notify();
}

export function useIdentity(): Identity {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
