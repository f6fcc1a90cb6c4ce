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
  serverCpuPct: number;
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

export interface SeriesResult {
  kind: ServerKind;
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

async function runStep(server: BenchChild, load: BenchChild, n: number, plan: StepPlan, label: string) {
  await server.request({ type: "reset" });
  const before = await server.request<ServerStats>({ type: "stats" });
  const machineBefore = machineBusyMicros();
  const windowEnd = load.next("window-end", plan.durationMs + 120_000);
  const measured = load.request<StepMeasure>({ type: "step", plan, label }, plan.durationMs + plan.drainMs + 120_000);
  await windowEnd;
  const after = await server.request<ServerStats>({ type: "stats" });
  const machineAfter = machineBusyMicros();
  const measure = await measured;
  const seconds = measure.windowMs / 1000;
  const serverMicros = after.cpuMicros - before.cpuMicros;
  const wallMicros = (after.at - before.at) * 1000;
  const other =
    machineBefore === null || machineAfter === null
      ? null
      : round(((machineAfter - machineBefore - serverMicros - measure.loadCpuMicros) / wallMicros) * 100);
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
    serverCpuPct: round((serverMicros / wallMicros) * 100),
    serverRssMB: round(after.rss / MB),
    loadCpuPct: round((measure.loadCpuMicros / 1000 / measure.windowMs) * 100),
    otherCpuPct: other,
    measure,
  };
}

/** One server kind at one N: start both processes, connect everyone, step the rate up until it falls behind. */
export async function runSeries(kind: ServerKind, n: number, options: FanoutOptions): Promise<SeriesResult> {
  // Each process writes one profile per thread (tsx runs a loader thread too); the main thread's is the largest.
  const profile = (name: string) =>
    options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(options.profileDir, `${name}-${n}`)}`] : [];
  const nodeFlags = ["--expose-gc", ...profile(kind)];
  const server = startChild(`bench/${kind}Server.ts`, { core: options.pin ? 0 : null, nodeFlags });
  let load: BenchChild | null = null;
  try {
    const ready = await server.next<ServerReady>("ready");
    const idle = await server.request<ServerStats>({ type: "stats", gc: true });
    load = startChild("bench/loadClients.ts", { core: options.pin ? 1 : null, nodeFlags: profile(`load-${kind}`) });
    const url = `http://127.0.0.1:${ready.port}`;
    const { boardId, columnId } = ready;
    await load.request({ type: "connect", url, kind, n, boardId, columnId }, 300_000);
    await sleep(1_000);
    const connected = await server.request<ServerStats>({ type: "stats", gc: true });
    const perConnection = (connected.rss - idle.rss) / n / 1024;
    options.log(`${kind} N=${n}: ${n} joined, ${round(perConnection)} KB per connection`);

    const rates = ratesFor(n, options.ladder);
    const warmup = { rate: rates[0], durationMs: Math.min(1_000, options.stepMs), senders: options.senders };
    await runStep(server, load, n, { ...warmup, drainMs: options.drainMs }, "warm-up");
    await sleep(1_000);
    const steps: StepResult[] = [];
    for (const rate of rates) {
      const durationMs = Math.min(2 * options.stepMs, Math.max(options.stepMs, (options.minOps / rate) * 1000));
      const plan: StepPlan = { rate, durationMs, senders: options.senders, drainMs: options.drainMs };
      let step: StepResult | null = null;
      for (let attempt = 1; attempt <= options.attempts; attempt++) {
        const partial = await runStep(server, load, n, plan, `${kind} N=${n} ${rate} ops/s`);
        const contended = (partial.otherCpuPct ?? 0) > options.maxOtherCpuPct;
        const again = contended && attempt < options.attempts;
        step = { ...partial, keptUp: keptUp(partial, plan, options.maxP99Ms), contended, attempt };
        options.log(
          `${kind} N=${n} ${rate} ops/s: ${step.deliveredPerSec}/s delivered, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms, ` +
            `server CPU ${step.serverCpuPct}%, load CPU ${step.loadCpuPct}%, other CPU ${step.otherCpuPct}%` +
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
    await server.stop();
  }
}
