import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startServerProcess } from "../test/helpers/serverProcess";
import { machine } from "./bench";
import { buildClient } from "./bundleSize";
import { formatLighthouse, measureLighthouse } from "./lighthouse";
import { formatStorm, measureReconnectStorm, type StormOptions } from "./reconnectStorm";
import { formatSoak, runSoak, type SoakOptions } from "./soak";
import { round } from "./stats";

/**
 * The operational runs of `npm run bench`, each on its own and each writing its own figures:
 * `--storm` (storm.json/.md), `--soak` (soak.json/.md), `--lighthouse` (lighthouse.json/.md). Measures and reports; never fails for slowness.
 */
const TITLES = {
  storm: "Reconnect storm (LOAD-1)",
  soak: "Soak (LOAD-2)",
  lighthouse: "Lighthouse, mobile emulation (UI-9)",
};

export interface OperationsRun {
  name: keyof typeof TITLES;
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
    `# ${TITLES[run.name]}`,
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

/**
 * The real server (server/index.ts) serving a fresh client build (or dist/ as it is, with `build`
 * false) on a fresh database, measured by Lighthouse on every view.
 */
export function runLighthouseBench(run: OperationsRun, options: { build: boolean }) {
  return measured(
    run,
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "themenwand-lighthouse-"));
      const clientDir = options.build ? join(folder, "client") : "dist";
      try {
        if (options.build) {
          run.log("lighthouse: building the client");
          const failed = buildClient(clientDir);
          if (failed) throw new Error(`the client build failed:\n${failed}`);
        }
        const server = await startServerProcess({
          PORT: await freePort(),
          DATABASE_PATH: join(folder, "board.db"),
          CLIENT_DIR: clientDir,
        });
        try {
          return await measureLighthouse({ url: server.url, log: run.log });
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    formatLighthouse,
  );
}
