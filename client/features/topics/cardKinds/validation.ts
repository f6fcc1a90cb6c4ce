import type { MessageKey, MessageVars } from "../../../i18n/messages";

/** A problem with one field of a form, as a message in the user's language. */
export interface FieldError {
  key: MessageKey;
  vars?: MessageVars;
}

/** A draft's problems by field name. */
export type DraftErrors<D> = Partial<Record<Exclude<keyof D, "kind">, FieldError>>;

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}

export const tooLong = (max: number): FieldError => ({ key: "validation.tooLong", vars: { max } });

export function isHttpLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
