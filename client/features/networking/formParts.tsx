import { cloneElement, type ReactElement, useId } from "react";
import type { ZodType } from "zod";
import type { NetworkingKey } from "./useNetworkingT";
import { useNetworkingT } from "./useNetworkingT";

/** One message per refused field; contact fields by `contact.email` and so on. */
export type FieldErrors = Partial<Record<string, NetworkingKey>>;

function messageFor(field: string, code: string): NetworkingKey {
  if (field === "consent") return "wall.error.consent";
  if (code === "too_big")
    return field === "topics" || field === "fieldsOfWork" ? "wall.error.tooMany" : "wall.error.tooLong";
  if (field === "contact.email") return "wall.error.email";
  if (field === "contact.phone") return "wall.error.phone";
  if (field === "contact.website") return "wall.error.link";
  return "wall.error.required";
}

/**
 * Checks an op with its own schema (the one the server checks it with), so the form and the server
 * never disagree; answers the parsed op, or one message per refused field.
 */
export function checkOp<T>(
  schema: ZodType<T>,
  op: unknown,
): { op: T; errors: null } | { op: null; errors: FieldErrors } {
  const parsed = schema.safeParse(op);
  if (parsed.success) return { op: parsed.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path.map(String);
    const field = first === "contact" && second ? `contact.${second}` : (first ?? "");
    errors[field] ??= messageFor(field, issue.code);
  }
  return { op: null, errors };
}

/** A labelled form field; the hint and the error are tied to the input for screen readers. */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: NetworkingKey;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const t = useNetworkingT();
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
