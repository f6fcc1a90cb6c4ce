import { de } from "./de";
import type { Language } from "./language";
import type { Messages } from "./messages";

/**
 * German, the first language, comes with the page; every other language is a chunk of its own,
 * fetched when chosen, so that no page carries translations it does not show.
 */
const loaded: Partial<Record<Language, Messages>> = { de };
const loaders: Record<Exclude<Language, "de">, () => Promise<Messages>> = {
  en: () => import("./en").then((module) => module.en),
};

export function loadedMessages(language: Language): Messages | undefined {
  return loaded[language];
}

export async function loadMessages(language: Language): Promise<Messages> {
  const ready = loaded[language];
  if (ready) return ready;
  const messages = await loaders[language as Exclude<Language, "de">]();
  loaded[language] = messages;
  return messages;
}
