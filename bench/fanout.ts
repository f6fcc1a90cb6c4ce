import { join } from "node:path";
import { type BenchChild, startChild } from "./child";
import type { ServerKind, ServerReady, ServerStats, StepMeasure, StepPlan } from "./protocol";
import { round } from "./stats";
import { machineBusyMicros } from "./systemCpu";

export interface FanoutOptions {
  kinds: ServerKind[];
  ns: number[];
  /** Offered deliveries per second to step through; the op rate of a step is this divided by N. */
  ladder: number[];
  stepMs: number;
  /** Low-rate steps run longer (up to twice stepMs) until they send this many ops, so p99 means something. */
  minOps: number;
  drainMs: number;
  /** How many participants send ops (the rest only receive). */
  senders: number;
  /** A step whose last-recipient p99 exceeds this has fallen behind. */
  maxP99Ms: number;
  /** A step during which other processes used more CPU than this (% of a core) is measured again… */
  maxOtherCpuPct: number;
  /** …up to this many times in all; the last attempt stands, marked as contended. */
  attempts: number;
  /** Pin the server to core 0 and the load generator to core 1. */
  pin: boolean;
  /** Folder for server CPU profiles (node --cpu-prof), or null. */
  profileDir: string | null;
  log: (line: string) => void;
}

export interface StepResult {
  opsPerSec: number;
  offeredDeliveriesPerSec: number;
  deliveredPerSec: number;
  framesPerSec: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  deliveryP50Ms: number | null;
  deliveryP99Ms: number | null;
  /** All server processes together (the sum of serverCpuPcts where there are several). */
  serverCpuPct: number;
  /** Each server process's CPU, where there are several (npm run bench -- --cluster). */
  serverCpuPcts?: number[];
  /** Redis and PostgreSQL (all its processes), where the servers use them, % of a core. */
  serviceCpuPct?: Record<string, number>;
  /** All server processes together. */
  serverRssMB: number;
  loadCpuPct: number;
  /** CPU used by everything else on the machine meanwhile (other processes, the kernel, the orchestrator). */
  otherCpuPct: number | null;
  /** Other work on the machine used more than maxOtherCpuPct during the step (all attempts). */
  contended: boolean;
  attempt: number;
  keptUp: boolean;
  measure: StepMeasure;
}

/** The cluster series (bench/cluster.ts): one or two processes on PostgreSQL and Redis. */
export type SeriesKind = ServerKind | "cluster-1" | "cluster-2";

export interface SeriesResult {
  kind: SeriesKind;
  n: number;
  idleRssMB: number;
  connectedRssMB: number;
  kbPerConnection: number;
  heapKbPerConnection: number;
  /** Highest delivered rate among steps that kept up. */
  sustainedDeliveriesPerSec: number;
  peakDeliveriesPerSec: number;
  steps: StepResult[];
}

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Op rates for N participants: the ladder of delivery rates divided by N, rounded to whole ops. */
export function ratesFor(n: number, ladder: number[]): number[] {
  return [...new Set(ladder.map((deliveries) => Math.max(1, Math.round(deliveries / n))))];
}

function keptUp(
  result: Omit<StepResult, "keptUp" | "contended" | "attempt">,
  plan: StepPlan,
  maxP99Ms: number,
): boolean {
  const { measure } = result;
  const sentEnough = measure.opsSent >= 0.95 * ((plan.rate * measure.windowMs) / 1000);
  const deliveredEnough = result.deliveredPerSec >= 0.95 * result.offeredDeliveriesPerSec;
  const fast = result.p99Ms !== null && result.p99Ms <= maxP99Ms;
  return sentEnough && deliveredEnough && fast && measure.incompleteOps === 0 && measure.opsRejected === 0;
}

/** The server side of a series: the processes participants connect to, and the services they use. */
export interface ServerSide {
  servers: BenchChild[];
  readies: ServerReady[];
  /** CPU time so far of services the servers use (Redis, PostgreSQL), in microseconds by name. */
  services?: () => Record<string, number>;
}

async function runStep(side: ServerSide, load: BenchChild, n: number, plan: StepPlan, label: string) {
  const { servers } = side;
  // With several processes each flushes its own ops; then one empties the board for all of them.
  for (const other of servers.slice(1)) await other.request({ type: "flush" });
  await servers[0].request({ type: "reset" });
  const stats = () => Promise.all(servers.map((server) => server.request<ServerStats>({ type: "stats" })));
  const before = await stats();
  const servicesBefore = side.services?.();
  const machineBefore = machineBusyMicros();
  const windowEnd = load.next("window-end", plan.durationMs + 120_000);
  const measured = load.request<StepMeasure>({ type: "step", plan, label }, plan.durationMs + plan.drainMs + 120_000);
  await windowEnd;
  const after = await stats();
  const servicesAfter = side.services?.();
  const machineAfter = machineBusyMicros();
  const measure = await measured;
  const seconds = measure.windowMs / 1000;
  // Each process's CPU over its own clock (performance.now has a different origin in each).
  const serverMicros = after.map((sample, index) => sample.cpuMicros - before[index].cpuMicros);
  const serverWalls = after.map((sample, index) => (sample.at - before[index].at) * 1000);
  const serverCpuPcts = serverMicros.map((micros, index) => round((micros / serverWalls[index]) * 100));
  const wallMicros = serverWalls[0];
  const serviceMicros: Record<string, number> = {};
  for (const [name, micros] of Object.entries(servicesAfter ?? {})) {
    serviceMicros[name] = micros - (servicesBefore?.[name] ?? micros);
  }
  const ownMicros =
    serverMicros.reduce((sum, micros) => sum + micros, 0) +
    Object.values(serviceMicros).reduce((sum, micros) => sum + micros, 0) +
    measure.loadCpuMicros;
  const other =
    machineBefore === null || machineAfter === null
      ? null
      : round(((machineAfter - machineBefore - ownMicros) / wallMicros) * 100);
  const several = servers.length > 1 ? { serverCpuPcts } : {};
  const services = side.services
    ? {
        serviceCpuPct: Object.fromEntries(
          Object.entries(serviceMicros).map(([name, micros]) => [name, round((micros / wallMicros) * 100)]),
        ),
      }
    : {};
  return {
    opsPerSec: plan.rate,
    offeredDeliveriesPerSec: plan.rate * n,
    deliveredPerSec: Math.round(measure.deliveredInWindow / seconds),
    framesPerSec: Math.round(measure.framesTotal / seconds),
    p50Ms: measure.lastRecipient.p50,
    p99Ms: measure.lastRecipient.p99,
    maxMs: measure.lastRecipient.max,
    deliveryP50Ms: measure.perDelivery.p50,
    deliveryP99Ms: measure.perDelivery.p99,
    serverCpuPct: round(serverCpuPcts.reduce((sum, pct) => sum + pct, 0)),
    ...several,
    ...services,
    serverRssMB: round(after.reduce((sum, sample) => sum + sample.rss, 0) / MB),
    loadCpuPct: round((measure.loadCpuMicros / 1000 / measure.windowMs) * 100),
    otherCpuPct: other,
    measure,
  };
}

/** One server kind at one N: start both processes, connect everyone, step the rate up until it falls behind. */
export async function runSeries(kind: ServerKind, n: number, options: FanoutOptions): Promise<SeriesResult> {
  const nodeFlags = ["--expose-gc", ...profileFlags(options, kind, n)];
  const server = startChild(`bench/${kind}Server.ts`, { core: options.pin ? 0 : null, nodeFlags });
  try {
    const ready = await server.next<ServerReady>("ready");
    return await measureSeries(kind, kind, n, options, { servers: [server], readies: [ready] });
  } finally {
    await server.stop();
  }
}

/** Each process writes one profile per thread (tsx runs a loader thread too); the main thread's is the largest. */
export function profileFlags(options: FanoutOptions, name: string, n: number): string[] {
  return options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(options.profileDir, `${name}-${n}`)}`] : [];
}

/**
 * A series on servers that are up: start the load generator, connect everyone (spread over the
 * processes), step the rate up until it falls behind. `clientKind` is the protocol the clients speak.
 */
export async function measureSeries(
  kind: SeriesKind,
  clientKind: ServerKind,
  n: number,
  options: FanoutOptions,
  side: ServerSide,
): Promise<SeriesResult> {
  let load: BenchChild | null = null;
  try {
    const gcStats = () =>
      Promise.all(side.servers.map((server) => server.request<ServerStats>({ type: "stats", gc: true })));
    const sum = (samples: ServerStats[], field: "rss" | "heapUsed") =>
      samples.reduce((total, sample) => total + sample[field], 0);
    const idleSamples = await gcStats();
    const idle = { rss: sum(idleSamples, "rss"), heapUsed: sum(idleSamples, "heapUsed") };
    load = startChild("bench/loadClients.ts", {
      core: options.pin ? 1 : null,
      nodeFlags: profileFlags(options, `load-${kind}`, n),
    });
    const urls = side.readies.map((ready) => `http://127.0.0.1:${ready.port}`);
    const { boardId, columnId } = side.readies[0];
    await load.request({ type: "connect", urls, kind: clientKind, n, boardId, columnId }, 300_000);
    await sleep(1_000);
    const connectedSamples = await gcStats();
    const connected = { rss: sum(connectedSamples, "rss"), heapUsed: sum(connectedSamples, "heapUsed") };
    const perConnection = (connected.rss - idle.rss) / n / 1024;
    options.log(`${kind} N=${n}: ${n} joined, ${round(perConnection)} KB per connection`);

    const rates = ratesFor(n, options.ladder);
    const warmup = { rate: rates[0], durationMs: Math.min(1_000, options.stepMs), senders: options.senders };
    await runStep(side, load, n, { ...warmup, drainMs: options.drainMs }, "warm-up");
    await sleep(1_000);
    const steps: StepResult[] = [];
    for (const rate of rates) {
      const durationMs = Math.min(2 * options.stepMs, Math.max(options.stepMs, (options.minOps / rate) * 1000));
      const plan: StepPlan = { rate, durationMs, senders: options.senders, drainMs: options.drainMs };
      let step: StepResult | null = null;
      for (let attempt = 1; attempt <= options.attempts; attempt++) {
        const partial = await runStep(side, load, n, plan, `${kind} N=${n} ${rate} ops/s`);
        const contended = (partial.otherCpuPct ?? 0) > options.maxOtherCpuPct;
        const again = contended && attempt < options.attempts;
        step = { ...partial, keptUp: keptUp(partial, plan, options.maxP99Ms), contended, attempt };
        const perProcess = step.serverCpuPcts ? ` (${step.serverCpuPcts.join(" + ")})` : "";
        const services = Object.entries(step.serviceCpuPct ?? {})
          .map(([name, pct]) => `, ${name} CPU ${pct}%`)
          .join("");
        options.log(
          `${kind} N=${n} ${rate} ops/s: ${step.deliveredPerSec}/s delivered, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms, ` +
            `server CPU ${step.serverCpuPct}%${perProcess}${services}, load CPU ${step.loadCpuPct}%, other CPU ${step.otherCpuPct}%` +
            `${step.keptUp ? "" : " (fell behind)"}${contended ? " (other work on the machine" : ""}` +
            `${again ? ": measuring again)" : contended ? ")" : ""}`,
        );
        if (!again) break;
        await sleep(5_000);
      }
      if (!step) break;
      steps.push(step);
      // A step that fell behind while other work ate the CPU says little: go on, unless the one before did too.
      const previous = steps.at(-2);
      if (!step.keptUp && (!step.contended || (previous && !previous.keptUp))) break;
    }
    // Sustained: the highest step that kept up, below the first step that fell behind on a quiet machine.
    const firstBehind = steps.findIndex((step) => !step.keptUp && !step.contended);
    const upTo = firstBehind === -1 ? steps : steps.slice(0, firstBehind);
    const sustained = upTo.filter((step) => step.keptUp).map((step) => step.deliveredPerSec);
    return {
      kind,
      n,
      idleRssMB: round(idle.rss / MB),
      connectedRssMB: round(connected.rss / MB),
      kbPerConnection: round(perConnection),
      heapKbPerConnection: round((connected.heapUsed - idle.heapUsed) / n / 1024),
      sustainedDeliveriesPerSec: Math.max(0, ...sustained),
      peakDeliveriesPerSec: Math.max(0, ...steps.map((step) => step.deliveredPerSec)),
      steps,
    };
  } finally {
    await load?.stop();
  }
}
