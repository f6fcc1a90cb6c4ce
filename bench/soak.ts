import { loadavg } from "node:os";
import type { BenchChild } from "./child";
import {
  askAll,
  METRICS_TOKEN,
  type ServerUnderLoad,
  share,
  startCrowds,
  startServerUnderLoad,
} from "./serverUnderLoad";
import { percentile, round } from "./stats";
import { type CrowdCensus, isSettled, refusalsText, sumCensuses, type WriteTally } from "./syncCrowd";

/**
 * LOAD-2, the soak: steady, realistic traffic for a long time (30 minutes in `npm run bench -- --soak`)
 * against the real server process: a few hundred real sync clients on one board, writers adding,
 * moving, editing and removing their cards, people leaving and joining all the time. The server's
 * /metrics (prom-client, OBS-2) is sampled for RSS, heap and the event loop's delay; at the end every
 * client must hold the server's board and every acknowledged card must be there.
 */
export interface SoakOptions {
  durationMs: number;
  clients: number;
  processes: number;
  addresses: number;
  writers: number;
  writeRate: number;
  /** People leaving, and as many joining, per second. */
  churnPerSec: number;
  sampleMs: number;
  log: (line: string) => void;
}

export interface SoakSample {
  atSec: number;
  rssMB: number;
  heapUsedMB: number;
  /** The event loop's delay p99 over the interval since the previous sample, sampling interval taken off. */
  loopDelayP99Ms: number;
  connections: number;
  /** The machine's 1-minute load average: a loop delay is also the other processes' doing. */
  load1: number;
  /** The server's CPU time so far (user + system), in seconds: its busy share between two samples. */
  cpuSeconds: number;
}

export interface SoakResult {
  durationSec: number;
  clients: number;
  samples: SoakSample[];
  /** Least-squares slope over the second half of the run (the first is warm-up), in MB per hour. */
  rssSlopeMBPerHour: number;
  heapSlopeMBPerHour: number;
  rssMB: { first: number; last: number; max: number };
  heapUsedMB: { first: number; last: number; max: number };
  /** Over all samples: the worst interval's p99 and the median interval's. */
  loopDelayP99Ms: { worst: number; median: number };
  /** The server's CPU over the run, in % of one core, and the machine's mean load average. */
  serverCpuPct: number;
  meanLoad1: number;
  joinsAndLeaves: number;
  /** Churn steps whose crowd process did not answer in time. */
  churnStalls: number;
  writes: WriteTally & { lost: number };
  census: CrowdCensus;
  /** Every client online with the server's exact cards, nothing pending, nothing acknowledged lost. */
  consistent: boolean;
}

/** prom-client samples the loop every 10 ms (server/observability/metrics.ts) and counts that interval in. */
const LOOP_SAMPLING_MS = 10;

async function sample(target: ServerUnderLoad, startedAt: number): Promise<SoakSample> {
  const response = await fetch(`${target.server.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await response.text();
  const value = (name: string) => {
    const line = text.split("\n").find((entry) => entry.startsWith(`${name} `));
    if (!line) throw new Error(`/metrics has no ${name}`);
    return Number(line.slice(name.length + 1));
  };
  return {
    atSec: round((performance.now() - startedAt) / 1000),
    rssMB: round(value("process_resident_memory_bytes") / 1e6),
    heapUsedMB: round(value("nodejs_heap_size_used_bytes") / 1e6),
    loopDelayP99Ms: round(Math.max(0, value("nodejs_eventloop_lag_p99_seconds") * 1000 - LOOP_SAMPLING_MS), 2),
    connections: value("themenwand_connections"),
    load1: round(loadavg()[0], 2),
    cpuSeconds: value("process_cpu_seconds_total"),
  };
}

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  const num = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const { log } = options;
  const target = await startServerUnderLoad();
  let crowds: BenchChild[] = [];
  try {
    crowds = await startCrowds(target, {
      size: options.clients,
      processes: options.processes,
      addresses: options.addresses,
    });
    await Promise.all(
      crowds.map((crowd, index) =>
        crowd.request(
          { type: "join", count: share(options.clients, options.processes, index), timeoutMs: 120_000 },
          180_000,
        ),
      ),
    );
    log(
      `soak: ${options.clients} clients online; ${options.writeRate} ops/s, ${options.churnPerSec} leave and join per second, for ${options.durationMs / 1000} s`,
    );
    const writer = crowds[0];
    await writer.request({
      type: "write",
      rate: options.writeRate,
      writers: options.writers,
      columnIds: target.columnIds,
    });
    const startedAt = performance.now();
    const samples: SoakSample[] = [await sample(target, startedAt)];
    let joinsAndLeaves = 0;
    let churnStalls = 0;
    let nextSample = startedAt + options.sampleMs;
    let turn = 0;
    while (performance.now() - startedAt < options.durationMs) {
      await sleep(1_000);
      // Churn goes round the crowds; the writers (the first members of the first crowd) stay.
      const crowd = crowds[turn++ % crowds.length];
      const keep = crowd === writer ? options.writers : 0;
      try {
        const left = await crowd.request<number>({ type: "leave", count: options.churnPerSec, keep });
        await crowd.request({ type: "join", count: left, timeoutMs: 30_000 }, 120_000);
        joinsAndLeaves += left;
      } catch (error) {
        // A crowd process too starved to answer (a busy machine) is counted, not the end of the run.
        churnStalls++;
        log(`soak: churn stalled: ${String(error).split("\n")[0]}`);
      }
      if (performance.now() >= nextSample) {
        samples.push(await sample(target, startedAt));
        nextSample += options.sampleMs;
        const last = samples[samples.length - 1];
        log(
          `soak: ${last.atSec} s rss ${last.rssMB} MB heap ${last.heapUsedMB} MB loop p99 ${last.loopDelayP99Ms} ms, ${last.connections} connections, load ${last.load1}`,
        );
      }
    }
    await writer.request({ type: "write", rate: 0 });
    samples.push(await sample(target, startedAt));

    let final = await target.snapshot();
    let census = await settledCensus(crowds, final.cardIds);
    for (let waited = 0; waited < 30_000 && !isSettled(census, final.revision); waited += 200) {
      await sleep(200);
      final = await target.snapshot();
      census = await settledCensus(crowds, final.cardIds);
    }
    const writes = await writer.request<WriteTally>({ type: "writes" });
    const stored = new Set(final.cardIds);
    const lost = writes.acknowledgedCards.filter((id) => !stored.has(id)).length;
    const secondHalf = samples.filter((s) => s.atSec >= (options.durationMs / 1000) * 0.5);
    const perHour = (pick: (s: SoakSample) => number) =>
      round(slope(secondHalf.map((s) => ({ x: s.atSec / 3600, y: pick(s) }))));
    const span = (pick: (s: SoakSample) => number) => ({
      first: pick(samples[0]),
      last: pick(samples[samples.length - 1]),
      max: Math.max(...samples.map(pick)),
    });
    const delays = samples
      .slice(1)
      .map((s) => s.loopDelayP99Ms)
      .sort((a, b) => a - b);
    return {
      durationSec: round((performance.now() - startedAt) / 1000),
      clients: options.clients,
      samples,
      rssSlopeMBPerHour: perHour((s) => s.rssMB),
      heapSlopeMBPerHour: perHour((s) => s.heapUsedMB),
      rssMB: span((s) => s.rssMB),
      heapUsedMB: span((s) => s.heapUsedMB),
      loopDelayP99Ms: { worst: percentile(delays, 1) ?? 0, median: percentile(delays, 0.5) ?? 0 },
      serverCpuPct: round(
        (100 * (samples[samples.length - 1].cpuSeconds - samples[0].cpuSeconds)) /
          Math.max(1, samples[samples.length - 1].atSec - samples[0].atSec),
      ),
      meanLoad1: round(samples.reduce((a, s) => a + s.load1, 0) / samples.length, 2),
      joinsAndLeaves,
      churnStalls,
      writes: { ...writes, lost },
      census,
      consistent: isSettled(census, final.revision) && lost === 0,
    };
  } finally {
    await Promise.all(crowds.map((crowd) => crowd.stop()));
    await target.stop();
  }
}

async function settledCensus(crowds: BenchChild[], cardIds: string[]): Promise<CrowdCensus> {
  return sumCensuses(await askAll<CrowdCensus>(crowds, { type: "census", cardIds }));
}

export function formatSoak(result: SoakResult): string {
  const w = result.writes;
  return [
    "| duration | clients | joins + leaves | ops acked / sent (refused) | lost | RSS first → last (max) | RSS slope, 2nd half | heap first → last (max) | heap slope, 2nd half | loop delay p99: median interval / worst | server CPU | machine load (mean) | consistent at the end |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    `| ${result.durationSec} s | ${result.clients} | ${result.joinsAndLeaves} | ${w.acknowledged} / ${w.submitted} (${refusalsText(w.refused)}) | ${w.lost} | ${result.rssMB.first} → ${result.rssMB.last} (${result.rssMB.max}) MB | ${result.rssSlopeMBPerHour} MB/h | ${result.heapUsedMB.first} → ${result.heapUsedMB.last} (${result.heapUsedMB.max}) MB | ${result.heapSlopeMBPerHour} MB/h | ${result.loopDelayP99Ms.median} / ${result.loopDelayP99Ms.worst} ms | ${result.serverCpuPct} % of a core | ${result.meanLoad1} | ${result.consistent ? "yes" : `no (${result.census.members - result.census.matching} clients differ)`} |`,
  ].join("\n");
}
