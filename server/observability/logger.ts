import { createHash } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * OBS-1: the server's log, one JSON line per event (pino) on standard output, at LOG_LEVEL (default
 * info, warn under vitest). No line carries a secret, a board's id (its participant link), contact data or anyone's
 * words: lines name op types, problem codes, route patterns and a board's `boardRef`, never values.
 */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function levelFromEnvironment(): LogLevel {
  const asked = process.env.LOG_LEVEL;
  // Under the tests' runner, hundreds of servers answer requests: only what goes wrong is shown.
  return LOG_LEVELS.find((level) => level === asked) ?? (process.env.VITEST ? "warn" : "info");
}

/** Where lines go: standard output, written synchronously so that no line is lost at exit. */
let target: DestinationStream = pino.destination({ dest: 1, sync: true });

/** The process's logger. */
export const log: Logger = pino(
  { level: levelFromEnvironment(), base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
  { write: (line: string) => target.write(line) },
);

/** Sends the log's lines to `stream` (at `level`) until the function returned is called: for tests. */
export function logTo(stream: DestinationStream, level: LogLevel = log.level as LogLevel): () => void {
  const before = { target, level: log.level };
  target = stream;
  log.level = level;
  return () => {
    target = before.target;
    log.level = before.level;
  };
}

/**
 * A board as a log line may name it: 12 hex characters of its id's SHA-256, enough to follow one
 * board through the log, useless for opening it.
 */
export function boardRef(boardId: string): string {
  return createHash("sha256").update(`board:${boardId}`).digest("hex").slice(0, 12);
}

/**
 * What an error may show in the log: its class, code and message, and its stack's frames. Never the
 * driver's extra fields (PostgreSQL's `detail` quotes the values of a row) nor a parse error's body.
 */
export function errorFields(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields: Record<string, string> = { type: error.name };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") fields.code = code;
  if (!(error instanceof SyntaxError)) fields.message = error.message;
  if (error.stack) fields.stack = error.stack.split("\n").slice(1, 8).join("\n");
  return fields;
}
