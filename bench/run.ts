import { parseArgs } from "node:util";
import { LIMITS } from "../shared/limits";
import { type BenchOptions, runBench } from "./bench";
import { formatClusterReport, runClusterBench } from "./cluster";
import { runLighthouseBench, runSoakBench, runStorm } from "./operations";
import type { ServerKind } from "./protocol";
import { formatReport } from "./report";

/**
 * `npm run bench`: the fan-out benchmark (bare Socket.IO relay against Themenwand's full path),
 * persistence, cold load and bundle size, in one run. Measures and reports; never fails for slowness.
 *
 *   npm run bench                     the full run (about 8 minutes on 2 cores)
 *   npm run bench -- --quick          shorter steps and fewer parts, for a first look
 *   npm run bench -- --n 1000 --only fanout --step-ms 8000
 *   npm run bench -- --profile        also writes server CPU profiles to bench/results/profiles/
 *   npm run bench -- --storm          the reconnect storm (LOAD-1): 1,000 sync clients, SIGTERM, restart;
 *                                     writes storm.json/.md (--clients, --crowd-processes)
 *   npm run bench -- --soak           30 minutes of steady traffic (LOAD-2; --soak-minutes 2 for a short
 *                                     run): memory slope and event-loop delay p99; writes soak.json/.md
 *   npm run bench -- --lighthouse     Lighthouse (mobile) on every view of bench/lighthouseViews.ts, all four
 *                                     categories and CLS; writes lighthouse.json/.md (--no-build: dist/ as is)
 *   npm run bench -- --cluster        one process against two on PostgreSQL + Redis (N=1000), and durable
 *                                     ops/s on PostgreSQL against SQLite (bench/cluster.ts; writes cluster.*)
 *
 * Flags: --n 200,1000  --kinds baseline,themenwand  --ladder 20000,40000,…  (offered deliveries/s)
 * --step-ms  --min-ops 500  --drain-ms  --senders  --max-p99-ms  --only fanout,persistence,coldload,hostile,reads,wall,bundle
 * --hostile-sockets 200 --hostile-ms 10000 (the hostile neighbour: sockets from one address, attack length)
 * --wall-updates 50 (the networking wall: card edits by others while the page shows 2,000 cards)
 * --max-other-cpu 20 --attempts 3 (a step during which other processes used more than 20% of a core
 *   is measured again, up to 3 times; the report marks steps that stayed contended)
 * --suggestion-cards 1000 (suggested clusters for a board of this many cards, SUG-5)
 * --no-pin  --no-build (measure dist/ as it is)  --no-browser  --cards 5000  --out bench/results
 */
const HELP = `npm run bench [-- flags]
  --quick                     shorter steps, three rates
  --storm                     instead of the parts below: the reconnect storm (LOAD-1), --clients 1000
                              --crowd-processes 2; writes storm.json/.md
  --soak                      instead of the parts below: the soak (LOAD-2), --soak-minutes 30
                              --clients 300 --write-rate 20 --churn 2 --sample-sec 10; writes soak.json/.md
  --lighthouse                instead of the parts below: Lighthouse on every view (bench/lighthouseViews.ts);
                              writes lighthouse.json/.md (--no-build measures dist/ as it is)
  --cluster                   instead of the parts below: fan-out on one SQLite process, one and two
                              processes on PostgreSQL + Redis (--n, default 1000), then durable ops/s
                              on SQLite and PostgreSQL; writes cluster.json/.md/.log (--only fanout,persistence)
  --only fanout,persistence,coldload,hostile,reads,wall,suggestions,bundle
  --n 200,1000                participants per fan-out series
  --kinds baseline,themenwand
  --ladder 10000,20000,…      offered deliveries/s per step (op rate = this / N)
  --step-ms 5000 --min-ops 500 --drain-ms 3000 --senders 100 --max-p99-ms 500
  --max-other-cpu 20 --attempts 3   re-measure steps while other processes use the CPU
  --cards 5000 --persist-ms 5000 --writers 100
  --hostile-sockets 200 --hostile-ms 10000 --hostile-cards 4000
  --reads-cards 10000         the read flood's board (80-word bodies: about 8 MB), 40 authors, 4 loops
  --wall-updates 50           card edits sent while Chromium shows the 2,000-card wall
  --suggestion-cards 1000     suggested clusters for a board of this many cards
  --no-pin --no-build --no-browser --profile --out bench/results`;

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
    storm: { type: "boolean", default: false },
    lighthouse: { type: "boolean", default: false },
    soak: { type: "boolean", default: false },
    clients: { type: "string" },
    "crowd-processes": { type: "string", default: "2" },
    "soak-minutes": { type: "string", default: "30" },
    "write-rate": { type: "string", default: "20" },
    churn: { type: "string", default: "2" },
    "sample-sec": { type: "string", default: "10" },
    n: { type: "string" },
    kinds: { type: "string", default: "baseline,themenwand" },
    ladder: { type: "string" },
    "step-ms": { type: "string" },
    "drain-ms": { type: "string", default: "3000" },
    "min-ops": { type: "string", default: "500" },
    senders: { type: "string", default: "100" },
    "max-p99-ms": { type: "string", default: "500" },
    "max-other-cpu": { type: "string", default: "20" },
    attempts: { type: "string", default: "3" },
    only: { type: "string" },
    "no-pin": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
    cards: { type: "string", default: "5000" },
    "persist-ms": { type: "string" },
    writers: { type: "string", default: "100" },
    "hostile-sockets": { type: "string", default: "200" },
    "hostile-ms": { type: "string" },
    "hostile-cards": { type: "string", default: "4000" },
    "reads-cards": { type: "string", default: "10000" },
    "wall-updates": { type: "string", default: "50" },
    "suggestion-cards": { type: "string", default: "1000" },
    out: { type: "string", default: "bench/results" },
    profile: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const list = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
const numbers = (text: string) => list(text).map(Number);
const quick = values.quick;
const parts = new Set(list(values.only ?? "fanout,persistence,coldload,hostile,reads,wall,suggestions,bundle"));
const defaultLadder = quick ? "20000,60000,100000" : "10000,20000,40000,60000,80000,100000,120000,140000,160000";

/** What the full run and the cluster run read alike: the fan-out ladder and its rules, and persistence. */
const stepsAndPersistence = {
  ladder: numbers(values.ladder ?? defaultLadder),
  stepMs: Number(values["step-ms"] ?? (quick ? 2_000 : 5_000)),
  minOps: Number(values["min-ops"]),
  drainMs: Number(values["drain-ms"]),
  senders: Number(values.senders),
  maxP99Ms: Number(values["max-p99-ms"]),
  maxOtherCpuPct: Number(values["max-other-cpu"]),
  attempts: Number(values.attempts),
  pin: !values["no-pin"],
  profile: values.profile,
  persistence: parts.has("persistence")
    ? {
        durationMs: Number(values["persist-ms"] ?? (quick ? 2_000 : 5_000)),
        writers: Number(values.writers),
        existingCards: Number(values.cards),
      }
    : null,
};

if (values.storm || values.soak || values.lighthouse) {
  const run = {
    name: values.storm ? ("storm" as const) : values.soak ? ("soak" as const) : ("lighthouse" as const),
    command: ["npm run bench", "--", ...process.argv.slice(2)].join(" "),
    outDir: values.out,
    log: (line: string) => console.log(`[bench] ${line}`),
  };
  const processes = Number(values["crowd-processes"]);
  const text = values.lighthouse
    ? await runLighthouseBench(run, { build: !values["no-build"] })
    : values.storm
      ? await runStorm(run, {
          clients: Number(values.clients ?? 1000),
          processes,
          addresses: 20,
          writers: 10,
          writeRate: Number(values["write-rate"]),
          resyncTimeoutMs: 60_000,
        })
      : await runSoakBench(run, {
          durationMs: Number(values["soak-minutes"]) * 60_000,
          clients: Number(values.clients ?? 300),
          processes,
          addresses: 20,
          writers: 20,
          writeRate: Number(values["write-rate"]),
          churnPerSec: Number(values.churn),
          sampleMs: Number(values["sample-sec"]) * 1000,
        });
  console.log(`\n${text}\n\nfigures written to ${values.out}/${run.name}.json and ${run.name}.md`);
  process.exit(0);
}

if (values.cluster) {
  const results = await runClusterBench({
    ns: parts.has("fanout") ? numbers(values.n ?? "1000") : [],
    ...stepsAndPersistence,
    outDir: values.out,
    command: ["npm run bench", "--", ...process.argv.slice(2)].join(" "),
    log: (line) => console.log(`[bench] ${line}`),
  });
  console.log(`\n${formatClusterReport(results, false)}\n`);
  const { cpu, cores, node, loadBefore, loadAfter } = results.machine;
  console.log(`machine: ${cpu}, ${cores} cores, node ${node}; load average ${loadBefore} before, ${loadAfter} after`);
  console.log(`figures written to ${values.out}/cluster.json and cluster.md (${results.durationSec} s)`);
  process.exit(0);
}

const options: BenchOptions = {
  kinds: list(values.kinds) as ServerKind[],
  ns: parts.has("fanout") ? numbers(values.n ?? "200,1000") : [],
  ...stepsAndPersistence,
  coldLoad: parts.has("coldload")
    ? { cards: Number(values.cards), requests: quick ? 5 : 20, browser: !values["no-browser"] }
    : null,
  hostile: parts.has("hostile")
    ? {
        cards: Number(values["hostile-cards"]),
        sockets: Number(values["hostile-sockets"]),
        durationMs: Number(values["hostile-ms"] ?? (quick ? 5_000 : 10_000)),
        quietMs: quick ? 2_000 : 3_000,
        joinsPerSec: 20,
        opsPerSec: 3_000,
        honestOpsPerSec: 20,
      }
    : null,
  reads: parts.has("reads")
    ? {
        cards: Number(values["reads-cards"]),
        bodyWords: 80,
        authors: 40,
        loops: 4,
        durationMs: quick ? 4_000 : 8_000,
        quietMs: quick ? 2_000 : 3_000,
        honestOpsPerSec: 20,
      }
    : null,
  wall: parts.has("wall")
    ? {
        cards: LIMITS.businessCardsPerBoard,
        updates: Number(values["wall-updates"]),
        intervalMs: 100,
        opens: quick ? 1 : 3,
        browser: !values["no-browser"],
      }
    : null,
  suggestions: parts.has("suggestions") ? { cards: Number(values["suggestion-cards"]), runs: quick ? 3 : 7 } : null,
  bundle: parts.has("bundle"),
  build: !values["no-build"],
  clientDir: "dist",
  outDir: values.out,
  command: ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" "),
  log: (line) => console.log(`[bench] ${line}`),
};

const results = await runBench(options);
console.log(`\n${formatReport(results, false)}\n`);
const { cpu, cores, node, loadBefore, loadAfter } = results.machine;
console.log(`machine: ${cpu}, ${cores} cores, node ${node}; load average ${loadBefore} before, ${loadAfter} after`);
console.log(`figures written to ${options.outDir}/latest.json and latest.md (${results.durationSec} s)`);
