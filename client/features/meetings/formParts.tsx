import { cloneElement, type ReactElement, useId } from "react";
import type { ZodType } from "zod";
import type { Op } from "../../../shared/ops";
import type { MessageKey } from "../../i18n/messages";
import type { MeetingsKey } from "./useMeetingsT";
import { useMeetingsT } from "./useMeetingsT";

export type FieldErrors = Partial<Record<string, MeetingsKey | MessageKey>>;

/** Which message a field shows when the op's schema refuses it. */
const FIELD_MESSAGES: Record<string, MeetingsKey | MessageKey> = {
  email: "meetings.error.email",
  contactEmail: "meetings.error.email",
  onlineLink: "meetings.error.link",
  link: "meetings.error.link",
  date: "meetings.error.date",
  startTime: "meetings.error.time",
  endTime: "meetings.error.time",
  slots: "meetings.error.number",
  capacity: "meetings.error.number",
  minutes: "meetings.error.minutes",
};

/**
 * Checks an op with its own schema (the one the server checks it with), so the form and the server
 * never disagree; answers the op, or one message per refused field.
 */
export function checkOp<T>(
  schema: ZodType<T>,
  op: unknown,
): { op: T; errors: null } | { op: null; errors: FieldErrors } {
  const parsed = schema.safeParse(op);
  if (parsed.success) return { op: parsed.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (errors[field]) continue;
    errors[field] =
      field === "endTime" && issue.code === "custom"
        ? "meetings.error.endAfterStart"
        : (FIELD_MESSAGES[field] ?? "meetings.error.required");
  }
  return { op: null, errors };
}

/** A labelled form field; the error is tied to the input for screen readers. */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: MeetingsKey | MessageKey;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const t = useMeetingsT();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {t(error)}
        </p>
      )}
    </div>
  );
}

/** Focuses the first field with an error, so a keyboard or screen-reader user lands on it. */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
}

/**
 * Sends an op its form checked with the op's own schema; when it does not pass, shows the errors
 * and focuses the first field in error instead. True when it was sent.
 */
export function submitChecked(
  checked: { op: Op; errors: null } | { op: null; errors: FieldErrors },
  form: HTMLFormElement | null,
  setErrors: (errors: FieldErrors) => void,
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

/** An empty text field means "none". */
export const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
