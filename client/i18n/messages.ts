import { de } from "./de";
import { en } from "./en";
import type { Language } from "./language";

export type MessageKey = keyof typeof de;
/** Every language must translate every German key, and nothing else. */
export type Messages = Record<MessageKey, string>;
export type MessageVars = Record<string, string | number>;

/**
 * Every language at once, for tests and tools. The app never imports this at run time (only its
 * types): it loads languages one by one through loadMessages.ts, so a page carries only its own.
 */
export const MESSAGES: Record<Language, Messages> = { de, en };

export { format } from "./format";
