import type { z } from "zod";
import { type Problem, problem } from "../shared/errors";

/** Turns a zod failure into the typed invalid_input problem that sockets and routes answer with. */
export function invalidInput(error: z.ZodError, what: string): Problem {
  const issues = error.issues.slice(0, 10).map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  const first = issues[0];
  return problem("invalid_input", `Invalid ${what}: ${first.path}: ${first.message}`, { issues });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problem: invalidInput(result.error, what) };
}
