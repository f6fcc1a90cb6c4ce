import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startServerProcess } from "../test/helpers/serverProcess";
import { median, round } from "./stats";
import { processTreeCpuMicros } from "./systemCpu";

/**
 * How long the server takes from spawn until it logs "listening" (the start half of the reconnect
 * storm, LOAD-1): its sources through tsx (as `npm start` ran it before, and the tests still do)
 * against the bundle dist-server/index.js (as `npm start` runs it now). Both alternate on one SQLite
 * file that already exists, as on a restart; tsx's compile cache is warm after the first run. Also the
 * CPU time the process used until then, which depends less on what else the machine runs.
 *
 *   npx tsx bench/serverStart.ts [runs per way, default 5]
 */
const runs = Number(process.argv[2] ?? 5);
const built = spawnSync(process.execPath, ["scripts/ensure-build.mjs", "server"], { stdio: "inherit" });
if (built.status !== 0) throw new Error("building the server failed");

const folder = mkdtempSync(join(tmpdir(), "themenwand-start-"));
const env = { DATABASE_PATH: join(folder, "board.db"), CLIENT_DIR: join(folder, "none") };
const ways = ["sources", "built"] as const;
const times: Record<(typeof ways)[number], number[]> = { sources: [], built: [] };
const cpu: Record<(typeof ways)[number], number[]> = { sources: [], built: [] };
const loadBefore = loadavg()[0];
try {
  // Creates the database (migrations) and warms tsx's cache, so every measured start is a restart.
  await (await startServerProcess({ ...env, PORT: await freePort() })).stop();
  for (let i = 0; i < runs; i++) {
    for (const way of ways) {
      const port = await freePort();
      const spawned = performance.now();
      const server = await startServerProcess({ ...env, PORT: port }, { run: way, startTimeoutMs: 90_000 });
      times[way].push(performance.now() - spawned);
      cpu[way].push((processTreeCpuMicros(server.pid as number) ?? Number.NaN) / 1000);
      await server.stop();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(`spawn → "listening", ${runs} runs each, load average ${round(loadBefore, 2)} → ${round(loadavg()[0], 2)}`);
for (const way of ways) {
  const label = way === "sources" ? "tsx server/index.ts" : "node --enable-source-maps dist-server/index.js";
  const list = (values: number[]) => values.map((ms) => round(ms)).join(", ");
  console.log(`${label}: median ${round(median(times[way]))} ms (${list(times[way])})`);
  console.log(`  CPU until listening: median ${round(median(cpu[way]))} ms (${list(cpu[way])})`);
}
