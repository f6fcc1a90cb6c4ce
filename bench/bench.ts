import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { type BundleMeasure, buildClient, gzipBytesOf, measureBundle } from "./bundleSize";
import { canPin, startChild } from "./child";
import { measureSuggestions, type SuggestionsOptions, type SuggestionsResult } from "./clusterSuggestions";
import { type ColdLoadResult, measureColdLoad } from "./coldLoad";
import { type FanoutOptions, runSeries, type SeriesResult } from "./fanout";
import { type HostileOptions, type HostileResult, measureHostileNeighbour } from "./hostile";
import type { PersistenceOptions, PersistenceResult } from "./persistence";
import { measureReadFlood, type ReadFloodOptions, type ReadFloodResult } from "./readFlood";
import { formatReport } from "./report";
import { checkTargets, type TargetCheck } from "./targets";
import { measureWall, type WallOptions, type WallResult } from "./wallLoad";

export interface BenchOptions extends Omit<FanoutOptions, "log" | "profileDir"> {
  profile: boolean;
  persistence: Omit<PersistenceOptions, "maxOtherCpuPct" | "attempts"> | null;
  coldLoad: { cards: number; requests: number; browser: boolean } | null;
  hostile: Omit<HostileOptions, "pin" | "log"> | null;
  /** Authors' and scripts' whole-board GETs against another board's ops (bench/readFlood.ts). */
  reads: Omit<ReadFloodOptions, "pin" | "log"> | null;
  /** The networking wall at its limit in Chromium (bench/wallLoad.ts). */
  wall: Omit<WallOptions, "pin" | "clientDir" | "log"> | null;
  /** Suggested clusters for a board of many cards, in this process (bench/clusterSuggestions.ts). */
  suggestions: SuggestionsOptions | null;
  bundle: boolean;
  /** Build the client into a temporary folder first; else measure the existing clientDir. */
  build: boolean;
  clientDir: string;
  /** Where the JSON goes; null writes nothing. */
  outDir: string | null;
  command: string;
  log: (line: string) => void;
}

export interface BenchResults {
  startedAt: string;
  durationSec: number;
  command: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    node: string;
    kernel: string;
    pinned: boolean;
    /** 1-minute load average before and after the run: other work on the machine skews figures. */
    loadBefore: number;
    loadAfter: number;
  };
  options: Omit<BenchOptions, "log">;
  fanout: SeriesResult[];
  persistence: PersistenceResult | null;
  coldLoad: ColdLoadResult | null;
  hostile: HostileResult | null;
  reads: ReadFloodResult | null;
  wall: WallResult | null;
  suggestions: SuggestionsResult | null;
  bundle: BundleMeasure | null;
  targets: TargetCheck[];
}

export function machine(pin: boolean, loadBefore: number): BenchResults["machine"] {
  return {
    loadBefore,
    loadAfter: Math.round(loadavg()[0] * 100) / 100,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    kernel: release(),
    pinned: pin && canPin,
  };
}

async function persistence(options: PersistenceOptions, pin: boolean): Promise<PersistenceResult> {
  const child = startChild("bench/persistence.ts", {
    core: pin ? 0 : null,
    nodeFlags: process.env.BENCH_PROFILE_PERSISTENCE
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_PERSISTENCE}`]
      : [],
  });
  try {
    return await child.request<PersistenceResult>({ type: "run", options }, options.durationMs + 120_000);
  } finally {
    await child.stop();
  }
}

/** Runs every part the options ask for, writes the JSON and returns the figures. */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const started = Date.now();
  const loadBefore = Math.round(loadavg()[0] * 100) / 100;
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    options.log(line);
  };
  const profileDir = options.profile && options.outDir ? join(options.outDir, "profiles") : null;
  const fanout: SeriesResult[] = [];
  for (const n of options.ns) {
    for (const kind of options.kinds) {
      fanout.push(await runSeries(kind, n, { ...options, profileDir, log }));
    }
  }
  let persisted: PersistenceResult | null = null;
  if (options.persistence) {
    log("persistence without fan-out …");
    const { maxOtherCpuPct, attempts } = options;
    persisted = await persistence({ ...options.persistence, maxOtherCpuPct, attempts }, options.pin);
    log(`persistence: ${persisted.opsPerSec} ops/s, ${persisted.meanOpsPerCommit} per commit`);
  }
  let clientDir = options.clientDir;
  let buildFailure: string | null = null;
  if (options.build && (options.bundle || options.coldLoad?.browser || options.wall?.browser)) {
    clientDir = mkdtempSync(join(tmpdir(), "themenwand-bench-client-"));
    log("building the client (vite build) …");
    buildFailure = buildClient(clientDir);
  }
  let bundle: BundleMeasure | null = null;
  if (options.bundle) {
    bundle = buildFailure
      ? { skipped: `skipped: the build failed:\n${buildFailure}` }
      : measureBundle(clientDir, options.build);
  }
  let coldLoad: ColdLoadResult | null = null;
  if (options.coldLoad) {
    const { pin, maxOtherCpuPct, attempts } = options;
    coldLoad = await measureColdLoad({ ...options.coldLoad, pin, clientDir, log, maxOtherCpuPct, attempts });
    if (bundle && "files" in bundle && "runs" in coldLoad.browser) {
      bundle.boardPageGzipBytes = gzipBytesOf(clientDir, coldLoad.browser.scriptUrls);
    }
  }
  let wall: WallResult | null = null;
  if (options.wall) {
    log(`networking wall with ${options.wall.cards} business cards …`);
    wall = await measureWall({ ...options.wall, pin: options.pin, clientDir, log });
  }
  if (clientDir !== options.clientDir) rmSync(clientDir, { recursive: true, force: true });
  let hostile: HostileResult | null = null;
  if (options.hostile) {
    log("hostile neighbour …");
    hostile = await measureHostileNeighbour({ ...options.hostile, pin: options.pin, log });
  }
  let reads: ReadFloodResult | null = null;
  if (options.reads) {
    log("read flood …");
    reads = await measureReadFlood({ ...options.reads, pin: options.pin, log });
  }
  let suggestions: SuggestionsResult | null = null;
  if (options.suggestions) {
    log(`suggested clusters for ${options.suggestions.cards} cards …`);
    suggestions = measureSuggestions(options.suggestions);
  }
  const { log: _log, ...recorded } = options;
  const figures = { fanout, persistence: persisted, coldLoad, hostile, wall, suggestions, bundle };
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    durationSec: Math.round((Date.now() - started) / 1000),
    command: options.command,
    machine: machine(options.pin, loadBefore),
    options: recorded,
    ...figures,
    reads,
    targets: checkTargets(figures),
  };
  if (options.outDir) {
    mkdirSync(options.outDir, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    writeFileSync(join(options.outDir, "latest.json"), json);
    writeFileSync(join(options.outDir, "latest.md"), `${formatReport(results, true)}\n`);
    // Every measurement as it happened, repeated attempts included.
    writeFileSync(join(options.outDir, "latest.log"), `${lines.join("\n")}\n`);
  }
  return results;
}
