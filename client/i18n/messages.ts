import { de } from "./de";
import { en } from "./en";
import type { Language } from "./language";

export type MessageKey = keyof typeof de;
/** Every language must translate every German key, and nothing else. */
export type Messages = Record<MessageKey, string>;
export type MessageVars = Record<string, string | number>;

export const MESSAGES: Record<Language, Messages> = { de, en };

export function format(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
