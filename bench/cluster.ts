import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createDatabase, startTestPostgres, type TestPostgres } from "../test/helpers/services/postgresServer";
import { type RedisService, startRedis } from "../test/helpers/services/redis";
import { type BenchResults, machine } from "./bench";
import { type BenchChild, canPin, startChild } from "./child";
import {
  type FanoutOptions,
  measureSeries,
  profileFlags,
  runSeries,
  type SeriesKind,
  type SeriesResult,
  type ServerSide,
} from "./fanout";
import type { PersistenceOptions, StoreOpsResult } from "./persistence";
import type { ServerReady } from "./protocol";
import { fanoutStepCells, headingFor, type Row, table } from "./report";
import { round } from "./stats";
import { processTreeCpuMicros } from "./systemCpu";

/**
 * `npm run bench -- --cluster`: one server process against two on the 1,000-participant board, and
 * durable ops/s on PostgreSQL against SQLite, in one run (issue 7).
 *
 * Fan-out, three server set-ups under the same load generator (bench/loadClients.ts):
 * - `themenwand`: one process on SQLite, as in `npm run bench` (the reference);
 * - `cluster-1`: one process on PostgreSQL with the Redis Streams adapter;
 * - `cluster-2`: two processes on the same PostgreSQL and Redis; socket i connects straight to
 *   process i % 2 (no nginx: a proxy hop is not the app's cost), the senders split evenly too.
 * Pinned (unless --no-pin): the server side (every server process, PostgreSQL, Redis) shares core 0,
 * as the single process has it alone; the load generator has core 1. So two processes get no more
 * CPU than one: the figures show what the split and the Redis hop cost, not what a second core buys.
 *
 * Persistence: bench/persistence.ts's Themenwand ops (same writers, op mix and board) on SQLite and on
 * PostgreSQL, the writer process on core 0; PostgreSQL first on core 0 with it, then on core 1 alone.
 *
 * The throwaway PostgreSQL and Redis (test/helpers/services) are always stopped, also on failure.
 */
export interface ClusterOptions extends Omit<FanoutOptions, "log" | "profileDir" | "kinds"> {
  profile: boolean;
  persistence: Omit<PersistenceOptions, "maxOtherCpuPct" | "attempts"> | null;
  /** Where cluster.json, cluster.md and cluster.log go; null writes nothing. */
  outDir: string | null;
  command: string;
  log: (line: string) => void;
}

export interface StoreOpsRow extends StoreOpsResult {
  store: "SQLite" | "PostgreSQL";
  /** Where the database ran, e.g. "in-process, core 0" or "core 1". */
  placement: string;
}

export interface ClusterResults {
  startedAt: string;
  durationSec: number;
  command: string;
  machine: BenchResults["machine"];
  /** How processes were put on cores. */
  placement: string;
  options: Omit<ClusterOptions, "log">;
  fanout: SeriesResult[];
  persistence: { writers: number; existingCards: number; opMix: string; stores: StoreOpsRow[] } | null;
}

/** Puts a process, its threads and its children (PostgreSQL's backends) on one core; new children inherit it. */
function pinTree(pid: number | null, core: number): void {
  if (pid === null || !canPin) return;
  const pids = [pid];
  for (const entry of readdirProc()) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  for (const each of pids) {
    try {
      execFileSync("taskset", ["-a", "-p", "-c", String(core), String(each)], { stdio: "pipe" });
    } catch {
      // a backend that ended meanwhile
    }
  }
}

function readdirProc(): string[] {
  try {
    return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
}

const databaseName = (label: string) => `themenwand_bench_${label}_${randomBytes(4).toString("hex")}`;

interface Services {
  postgres: TestPostgres;
  redis: RedisService;
}

/** CPU of Redis and PostgreSQL so far, by name, where it can be read. */
function serviceCpu(services: Services, log: (line: string) => void): () => Record<string, number> {
  let missing = "";
  return () => {
    const cpu: Record<string, number> = {};
    const redisPid = services.redis.pid();
    const postgresPid = services.postgres.pid();
    const redis = redisPid === null ? null : processTreeCpuMicros(redisPid);
    const postgres = postgresPid === null ? null : processTreeCpuMicros(postgresPid);
    if (redis !== null) cpu.redis = redis;
    if (postgres !== null) cpu.postgres = postgres;
    const gone = [redis === null ? "Redis" : "", postgres === null ? "PostgreSQL" : ""].filter(Boolean).join(", ");
    if (gone && gone !== missing) log(`warning: cannot read the CPU of ${gone} (has it ended?)`);
    missing = gone;
    return cpu;
  };
}

/** `processes` server processes on a fresh database of the shared PostgreSQL and Redis; the first makes the board. */
async function clusterSeries(
  kind: Extract<SeriesKind, "cluster-1" | "cluster-2">,
  processes: number,
  n: number,
  services: Services,
  options: FanoutOptions,
): Promise<SeriesResult> {
  const databaseUrl = await createDatabase(services.postgres.url, databaseName(kind.replace("-", "_")));
  const servers: BenchChild[] = [];
  try {
    const readies: ServerReady[] = [];
    for (let index = 0; index < processes; index++) {
      const env: Record<string, string> = {
        BENCH_DATABASE_URL: databaseUrl,
        BENCH_REDIS_URL: services.redis.url,
        BENCH_INSTANCE: `bench-${String.fromCharCode(97 + index)}`,
      };
      if (readies[0]) {
        env.BENCH_BOARD_ID = readies[0].boardId;
        env.BENCH_COLUMN_ID = readies[0].columnId;
      }
      const nodeFlags = ["--expose-gc", ...profileFlags(options, `${kind}-${String.fromCharCode(97 + index)}`, n)];
      const server = startChild("bench/themenwandServer.ts", { core: options.pin ? 0 : null, nodeFlags, env });
      servers.push(server);
      readies.push(await server.next<ServerReady>("ready"));
    }
    const side: ServerSide = { servers, readies, services: serviceCpu(services, options.log) };
    return await measureSeries(kind, "themenwand", n, options, side);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

async function storeOps(
  options: ClusterOptions,
  services: Services,
): Promise<NonNullable<ClusterResults["persistence"]>["stores"]> {
  if (!options.persistence) return [];
  const { maxOtherCpuPct, attempts } = options;
  const persistence: PersistenceOptions = { ...options.persistence, maxOtherCpuPct, attempts };
  const writerCore = options.pin && canPin ? 0 : null;
  const child = startChild("bench/persistence.ts", { core: writerCore });
  const rows: StoreOpsRow[] = [];
  const timeout = persistence.durationMs * persistence.attempts + 180_000;
  try {
    const run = async (store: StoreOpsRow["store"], placement: string, databaseUrl: string | null) => {
      options.log(`durable ops on ${store} (${placement}) …`);
      const postgresPid = databaseUrl ? services.postgres.pid() : null;
      const result = await child.request<StoreOpsResult>(
        { type: "store-ops", options: persistence, databaseUrl, postgresPid },
        timeout,
      );
      rows.push({ store, placement, ...result });
      const database =
        result.databaseCpuMicrosPerOp === undefined ? "" : `, PostgreSQL ${result.databaseCpuMicrosPerOp}`;
      options.log(
        `${store} (${placement}): ${result.opsPerSec} ops/s, ${result.meanOpsPerCommit} per commit, ` +
          `ack p50/p99 ${result.ackP50Ms}/${result.ackP99Ms} ms, CPU µs/op: writer ${result.cpuMicrosPerOp}${database}` +
          `, other CPU ${result.otherCpuPct}%`,
      );
    };
    const pinned = writerCore !== null;
    await run("SQLite", pinned ? "in-process, core 0" : "in-process, unpinned", null);
    const url = () => createDatabase(services.postgres.url, databaseName("ops"));
    await run("PostgreSQL", pinned ? "core 0, with the writer" : "unpinned", await url());
    if (pinned) {
      pinTree(services.postgres.pid(), 1);
      await run("PostgreSQL", "core 1, alone", await url());
    }
  } finally {
    await child.stop();
  }
  return rows;
}

export async function runClusterBench(options: ClusterOptions): Promise<ClusterResults> {
  const started = Date.now();
  const loadBefore = round(loadavg()[0], 2);
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    options.log(line);
  };
  const fanoutOptions: FanoutOptions = {
    ...options,
    kinds: ["themenwand"],
    profileDir: options.profile && options.outDir ? join(options.outDir, "profiles") : null,
    log,
  };
  const pinned = options.pin && canPin;
  const fanout: SeriesResult[] = [];
  let stores: StoreOpsRow[] = [];
  const stops: (() => unknown)[] = [];
  const stopServices = async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`stopping a service failed: ${String(error)}`);
      }
    }
    stops.length = 0;
  };
  // Ctrl-C skips `finally`: PostgreSQL (a daemon of its own) would outlive the run.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping PostgreSQL and Redis`);
    void stopServices().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    log("starting a throwaway PostgreSQL and Redis …");
    const postgres = await startTestPostgres();
    stops.push(() => postgres.stop());
    const redis = await startRedis();
    stops.push(() => redis.close());
    const services = { postgres, redis };
    if (pinned) {
      pinTree(postgres.pid(), 0);
      pinTree(redis.pid(), 0);
    }
    for (const n of options.ns) {
      fanout.push(await runSeries("themenwand", n, fanoutOptions));
      fanout.push(await clusterSeries("cluster-1", 1, n, services, fanoutOptions));
      fanout.push(await clusterSeries("cluster-2", 2, n, services, fanoutOptions));
    }
    stores = await storeOps({ ...options, log }, services);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await stopServices();
  }
  const { log: _log, ...recorded } = options;
  const results: ClusterResults = {
    startedAt: new Date(started).toISOString(),
    durationSec: Math.round((Date.now() - started) / 1000),
    command: options.command,
    machine: machine(options.pin, loadBefore),
    placement: pinned
      ? "server processes, PostgreSQL and Redis on core 0; load generator on core 1 (taskset)"
      : "nothing pinned",
    options: recorded,
    fanout,
    persistence: options.persistence
      ? {
          writers: options.persistence.writers,
          existingCards: options.persistence.existingCards,
          opMix: "card add, edit, move, remove in turn (25% each), zod-parsed",
          stores,
        }
      : null,
  };
  if (options.outDir) {
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(join(options.outDir, "cluster.json"), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(options.outDir, "cluster.md"), `${formatClusterReport(results, true)}\n`);
    writeFileSync(join(options.outDir, "cluster.log"), `${lines.join("\n")}\n`);
  }
  return results;
}

/** Server-side CPU (server processes, Redis, PostgreSQL) per delivery, in µs. */
function microsPerDelivery(step: SeriesResult["steps"][number]): number | null {
  const services = Object.values(step.serviceCpuPct ?? {}).reduce((sum, pct) => sum + pct, 0);
  return step.deliveredPerSec > 0 ? round(((step.serverCpuPct + services) * 10_000) / step.deliveredPerSec, 2) : null;
}

export function formatClusterReport(results: ClusterResults, markdown: boolean): string {
  const parts: string[] = [];
  const heading = headingFor(markdown);
  if (results.fanout.length) {
    parts.push(
      heading(
        "Fan-out: one process on SQLite, one and two on PostgreSQL + Redis (p50/p99: op sent → received by the last other participant)",
      ),
    );
    const rows: Row[] = results.fanout.flatMap((series) =>
      series.steps.map((step) => [
        ...fanoutStepCells(series, step),
        step.serverCpuPcts ? `${step.serverCpuPct} (${step.serverCpuPcts.join(" + ")})` : step.serverCpuPct,
        step.serviceCpuPct?.redis ?? null,
        step.serviceCpuPct?.postgres ?? null,
        microsPerDelivery(step),
        step.loadCpuPct,
        step.contended ? `${step.otherCpuPct} (!)` : step.otherCpuPct,
        step.keptUp ? "yes" : "no",
      ]),
    );
    const header = ["set-up", "N", "ops/s", "offered/s", "delivered/s", "frames/s", "p50 ms", "p99 ms"];
    const cpu = ["srv CPU % (per process)", "Redis CPU %", "PG CPU %", "server side µs/delivery"];
    parts.push(table([...header, ...cpu, "load CPU %", "other CPU %", "kept up"], rows, markdown));
    parts.push(heading("Per set-up: sustained deliveries/s (highest step that kept up), memory per connection"));
    const summary: Row[] = results.fanout.map((series) => [
      series.kind,
      series.n,
      series.sustainedDeliveriesPerSec,
      series.peakDeliveriesPerSec,
      series.kbPerConnection,
    ]);
    parts.push(table(["set-up", "N", "sustained/s", "peak/s", "KB/conn (RSS, all processes)"], summary, markdown));
  }
  const p = results.persistence;
  if (p) {
    parts.push(
      heading(`Durable ops on one board (${p.writers} writers, ${p.existingCards} cards on the board, ${p.opMix})`),
    );
    const rows: Row[] = p.stores.map((row) => [
      row.store,
      row.placement,
      row.opsPerSec,
      row.commits,
      row.meanOpsPerCommit,
      `${row.ackP50Ms} / ${row.ackP99Ms}`,
      row.cpuMicrosPerOp,
      row.databaseCpuMicrosPerOp ?? null,
      row.otherCpuPct,
    ]);
    const header = ["store", "database on", "ops/s", "commits", "ops/commit", "ack p50/p99 ms"];
    parts.push(table([...header, "writer CPU µs/op", "PG CPU µs/op", "other CPU %"], rows, markdown));
  }
  parts.push(`placement: ${results.placement}`);
  return parts.join("\n\n");
}
