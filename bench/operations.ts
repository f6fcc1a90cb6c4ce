import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { machine } from "./bench";
import { formatStorm, measureReconnectStorm, type StormOptions } from "./reconnectStorm";
import { formatSoak, runSoak, type SoakOptions } from "./soak";
import { round } from "./stats";

/**
 * The operational runs of `npm run bench`, each on its own and each writing its own figures:
 * `--storm` (storm.json/.md), `--soak` (soak.json/.md). Measures and reports; never fails for slowness.
 */
export interface OperationsRun {
  name: "storm" | "soak";
  command: string;
  outDir: string | null;
  log: (line: string) => void;
}

async function measured<T>(run: OperationsRun, measure: () => Promise<T>, format: (result: T) => string) {
  const loadBefore = round(loadavg()[0], 2);
  const startedAt = new Date().toISOString();
  const result = await measure();
  const report = {
    startedAt,
    command: run.command,
    machine: machine(false, loadBefore),
    result,
  };
  const text = [
    `# ${run.name === "storm" ? "Reconnect storm (LOAD-1)" : "Soak (LOAD-2)"}`,
    "",
    `\`${run.command}\`, ${startedAt}`,
    "",
    format(result),
    "",
    `machine: ${report.machine.cpu}, ${report.machine.cores} cores, node ${report.machine.node}; load average ${report.machine.loadBefore} before, ${report.machine.loadAfter} after`,
  ].join("\n");
  if (run.outDir) {
    mkdirSync(run.outDir, { recursive: true });
    writeFileSync(join(run.outDir, `${run.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(run.outDir, `${run.name}.md`), `${text}\n`);
  }
  return text;
}

export function runStorm(run: OperationsRun, options: Omit<StormOptions, "log">) {
  return measured(run, () => measureReconnectStorm({ ...options, log: run.log }), formatStorm);
}

export function runSoakBench(run: OperationsRun, options: Omit<SoakOptions, "log">) {
  return measured(run, () => runSoak({ ...options, log: run.log }), formatSoak);
}
