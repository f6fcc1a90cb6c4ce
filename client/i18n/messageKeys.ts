import type { de } from "./de";

/** The German table names every key; a language file imports these types, never the table of all languages. */
export type MessageKey = keyof typeof de;
/** Every language must translate every German key, and nothing else. */
export type Messages = Record<MessageKey, string>;
export type MessageVars = Record<string, string | number>;
