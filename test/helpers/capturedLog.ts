import { type LogLevel, logTo } from "../../server/observability/logger";

/** The server's log lines (OBS-1) from now until `restore()`, instead of standard output. */
export function captureLog(level: LogLevel = "debug") {
  const lines: string[] = [];
  const restore = logTo({ write: (line: string) => void lines.push(line) }, level);
  return {
    lines,
    restore,
    /** The lines at `error` (50) or above. */
    errors: () =>
      lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((entry) => entry.level >= 50),
  };
}
