import { de } from "./de";
import { en } from "./en";
import type { Language } from "./language";

import type { Messages } from "./messageKeys";

export type { MessageKey, Messages, MessageVars } from "./messageKeys";

/**
 * Every language at once, for tests and tools. The app never imports this at run time (only its
 * types): it loads languages one by one through loadMessages.ts, so a page carries only its own.
 */
export const MESSAGES: Record<Language, Messages> = { de, en };

export { format } from "./format";
