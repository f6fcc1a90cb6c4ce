import type { ZodType, z } from "zod";
import type { Op } from "../../shared/ops";
import { focusFirstError } from "./ui/focus";

/** One message key per refused field, by the field's name (a feature may name inner fields, e.g. `contact.email`). */
export type FieldErrors<Key extends string> = Partial<Record<string, Key>>;

/** An op its form checked: the parsed op, or the errors. */
export type CheckedOp<T, Key extends string> = { op: T; errors: null } | { op: null; errors: FieldErrors<Key> };

/** How a feature tells its refused fields: which field an issue belongs to, and that field's message. */
export interface OpErrorMessages<Key extends string> {
  /** The field an issue's path names; the path's first part unless said otherwise. */
  fieldOf?(path: readonly PropertyKey[]): string;
  messageFor(field: string, issue: z.core.$ZodIssue): Key;
}

/**
 * Checks an op with its own schema (the one the server checks it with), so the form and the server
 * never disagree; answers the parsed op, or one message per refused field (the first issue's).
 */
export function checkOp<T, Key extends string>(
  schema: ZodType<T>,
  op: unknown,
  messages: OpErrorMessages<Key>,
): CheckedOp<T, Key> {
  const parsed = schema.safeParse(op);
  if (parsed.success) return { op: parsed.data, errors: null };
  const errors: FieldErrors<Key> = {};
  for (const issue of parsed.error.issues) {
    const field = messages.fieldOf ? messages.fieldOf(issue.path) : String(issue.path[0] ?? "");
    errors[field] ??= messages.messageFor(field, issue);
  }
  return { op: null, errors };
}

/**
 * Sends an op its form checked with the op's own schema; when it does not pass, shows the errors
 * and focuses the first field in error instead. True when it was sent.
 */
export function submitChecked<Key extends string>(
  checked: CheckedOp<Op, Key>,
  form: HTMLFormElement | null,
  setErrors: (errors: FieldErrors<Key>) => void,
  submit: (op: Op) => void,
): boolean {
  if (checked.errors) {
    setErrors(checked.errors);
    focusFirstError(form);
    return false;
  }
  submit(checked.op);
  return true;
}

/** The errors in the reader's words, by field, for `Field`'s `error`. */
export function errorTexts<Key extends string>(
  errors: FieldErrors<Key>,
  t: (key: Key) => string,
): Partial<Record<string, string>> {
  const texts: Partial<Record<string, string>> = {};
  for (const [field, key] of Object.entries(errors)) if (key) texts[field] = t(key);
  return texts;
}
