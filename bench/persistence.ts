import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { GroupCommitter } from "../server/ops/GroupCommitter";
import type { BoardStore } from "../server/store/BoardStore";
import { openDatabase } from "../server/store/openDatabase";
import { openStore } from "../server/store/openStore";
import { SqliteBoardStore } from "../server/store/SqliteBoardStore";
import { parseWith } from "../server/validation";
import type { Actor } from "../shared/model";
import { type Op, OpRequestSchema } from "../shared/ops";
import { rankBetween } from "../shared/ordering";
import { redactRecord } from "../shared/recordTypes";
import { newBoardRecords } from "../shared/templates";
import { fixedContent } from "./cardText";
import { cpuMicros, serveRequests } from "./child";
import { round } from "./stats";
import { processTreeCpuMicros, whenQuiet } from "./systemCpu";

/**
 * Persistence without fan-out, in its own process: how many ops per second one board commits
 * durably (WAL, synchronous=FULL) through validation, the role check, applyOp, the op log and group
 * commit, against raw batched better-sqlite3 inserts of the same size on the same disk.
 */
export interface PersistenceOptions {
  durationMs: number;
  /** Participants with one op in flight each, as on a busy board. */
  writers: number;
  /** Cards already on the board, as on a plenary board late in the day. */
  existingCards: number;
  /** Measure again while other processes use more than this much CPU (% of a core), up to `attempts` times. */
  maxOtherCpuPct: number;
  attempts: number;
}

export interface PersistenceResult {
  writers: number;
  existingCards: number;
  opMix: string;
  opsPerSec: number;
  /** CPU time per op (validation, applyOp, SQL, commit), which other load on the machine barely skews. */
  cpuMicrosPerOp: number;
  commits: number;
  meanOpsPerCommit: number;
  ackP50Ms: number;
  ackP99Ms: number;
  raw: { batch: number; rowsPerSec: number }[];
  /** Themenwand's ops/s over raw inserts/s at a batch of 100 rows per commit. */
  ratioToRawBatch100: number;
  /** CPU other processes used during the Themenwand measurement, % of a core. */
  otherCpuPct: number | null;
}

function folderFor(name: string): string {
  return mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), `themenwand-${name}-`));
}

async function seedCards(store: BoardStore, boardId: string, columns: string[], count: number): Promise<void> {
  const actor: Actor = { role: "participant", authorId: "author-seed-00001" };
  let rank: string | null = null;
  for (let start = 0; start < count; start += 500) {
    const requests = [];
    for (let index = start; index < Math.min(count, start + 500); index++) {
      rank = rankBetween(rank, null);
      const op: Op = {
        type: "card.add",
        cardId: `card-seed-${index}`,
        columnId: columns[index % columns.length],
        rank,
        authorName: null,
        content: fixedContent(index),
      };
      requests.push({ boardId, opId: `op-seed-${index}`, op, actor });
    }
    await store.commit(requests, Date.now());
  }
}

/** Each writer cycles through add, edit, move and remove of its own card, so every card path runs. */
function writerOps(writer: number, columns: string[], actor: Actor) {
  let round = 0;
  let version = 1;
  return (): Op => {
    const cardId = `card-w${writer}-${Math.floor(round / 4)}`;
    const step = round++ % 4;
    if (step === 0) {
      version = 1;
      const content = fixedContent(round);
      return { type: "card.add", cardId, columnId: columns[0], rank: "a0", authorName: actor.authorId, content };
    }
    if (step === 1) return { type: "card.edit", cardId, baseVersion: version++, content: fixedContent(round) };
    if (step === 2) return { type: "card.move", cardId, columnId: columns[1], rank: rankBetween(null, null) };
    return { type: "card.remove", cardId };
  };
}

/**
 * The Themenwand ops of one run; on PostgreSQL with a database URL (a fresh database: the board's ids
 * are fixed), whose server's CPU is read from its postmaster's process tree when its pid is given.
 */
async function themenwandOps(
  options: PersistenceOptions,
  databaseUrl: string | null = null,
  postgresPid: number | null = null,
) {
  const folder = databaseUrl ? null : folderFor("persist");
  const store: BoardStore = databaseUrl
    ? await openStore({ databaseUrl, databasePath: "" })
    : new SqliteBoardStore(openDatabase(join(folder as string, "persist.db")));
  const databaseCpu = () => (postgresPid === null ? 0 : (processTreeCpuMicros(postgresPid) ?? 0));
  // PostgreSQL keeps the board of an attempt that is measured again: each attempt makes its own.
  const boardId = databaseUrl ? `board-persist-${Date.now().toString(36)}` : "board-persist-01";
  const columns = ["column-persist-1", "column-persist-2"];
  const createdAt = Date.now();
  await store.createBoard({
    id: boardId,
    moderatorKeyHash: "0".repeat(64),
    records: newBoardRecords(
      { id: boardId, title: "Persistenz", description: "", createdAt },
      columns.map((id, index) => ({ id, title: id, rank: `a${index}` })),
    ),
    createdAt,
  });
  await seedCards(store, boardId, columns, options.existingCards);
  let commits = 0;
  const commit = store.commit.bind(store);
  store.commit = (requests, now) => {
    commits++;
    return commit(requests, now);
  };
  const committer = new GroupCommitter(store, redactRecord, () => undefined);
  const latencies: number[] = [];
  let done = 0;
  let failed = 0;
  const started = performance.now();
  const cpuBefore = cpuMicros();
  const databaseBefore = databaseCpu();
  const until = started + options.durationMs;
  const writer = async (index: number) => {
    const actor: Actor = { role: "participant", authorId: `author-${index}-persist` };
    const next = writerOps(index, columns, actor);
    for (let sequence = 0; performance.now() < until; sequence++) {
      const sentAt = performance.now();
      const parsed = parseWith(OpRequestSchema, { opId: `op-${index}-${sequence}-x`, op: next() }, "op");
      if (!parsed.ok) throw new Error(parsed.problem.message);
      const response = await committer.submit({ boardId, ...parsed.value, actor });
      if (!response.ok) failed++;
      latencies.push(performance.now() - sentAt);
      done++;
    }
  };
  await Promise.all(Array.from({ length: options.writers }, (_, index) => writer(index)));
  const seconds = (performance.now() - started) / 1000;
  const cpuPerOp = (cpuMicros() - cpuBefore) / Math.max(1, done);
  const databaseCpuPerOp = (databaseCpu() - databaseBefore) / Math.max(1, done);
  await store.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
  if (failed > 0) throw new Error(`${failed} ops failed in the persistence bench`);
  latencies.sort((a, b) => a - b);
  return {
    opsPerSec: Math.round(done / seconds),
    cpuMicrosPerOp: round(cpuPerOp, 1),
    commits,
    meanOpsPerCommit: round(done / Math.max(1, commits), 1),
    ackP50Ms: round(latencies[Math.floor(latencies.length * 0.5)], 2),
    ackP99Ms: round(latencies[Math.floor(latencies.length * 0.99)], 2),
    ...(postgresPid === null ? {} : { databaseCpuMicrosPerOp: round(databaseCpuPerOp, 1) }),
  };
}

/** Raw better-sqlite3: prepared INSERTs of op-log-sized rows, `batch` rows per durable transaction. */
function rawInserts(batch: number, durationMs: number): number {
  const folder = folderFor("raw");
  const db = new Database(join(folder, "raw.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("CREATE TABLE log (board_id TEXT, revision INTEGER, change TEXT, PRIMARY KEY (board_id, revision)) STRICT");
  const insert = db.prepare("INSERT INTO log (board_id, revision, change) VALUES (?, ?, ?)");
  const change = JSON.stringify({ type: "card.put", card: { ...fixedContent(1), pad: "x".repeat(200) } });
  let revision = 0;
  const insertBatch = db.transaction(() => {
    for (let i = 0; i < batch; i++) insert.run("board-raw-0001", ++revision, change);
  });
  const started = performance.now();
  while (performance.now() - started < durationMs) insertBatch();
  const rowsPerSec = Math.round(revision / ((performance.now() - started) / 1000));
  db.close();
  rmSync(folder, { recursive: true, force: true });
  return rowsPerSec;
}

export async function measurePersistence(options: PersistenceOptions): Promise<PersistenceResult> {
  const { maxOtherCpuPct, attempts } = options;
  const measured = await whenQuiet(() => themenwandOps(options), cpuMicros, maxOtherCpuPct, attempts);
  const themenwand = measured.value;
  const raw = [];
  for (const batch of [1, 10, 100]) {
    const durationMs = Math.min(3_000, options.durationMs);
    const rows = await whenQuiet(() => rawInserts(batch, durationMs), cpuMicros, maxOtherCpuPct, attempts);
    raw.push({ batch, rowsPerSec: rows.value });
  }
  const batch100 = raw.find((entry) => entry.batch === 100)?.rowsPerSec ?? 1;
  return {
    writers: options.writers,
    existingCards: options.existingCards,
    opMix: "card add, edit, move, remove in turn (25% each), zod-parsed",
    ...themenwand,
    raw,
    ratioToRawBatch100: round(themenwand.opsPerSec / batch100, 3),
    otherCpuPct: measured.otherCpuPct,
  };
}

/** Durable ops/s of one store (npm run bench -- --cluster): the same ops, writers and board as above. */
export interface StoreOpsResult {
  opsPerSec: number;
  cpuMicrosPerOp: number;
  /** PostgreSQL's CPU per op (all its processes), where its pid was given. */
  databaseCpuMicrosPerOp?: number;
  commits: number;
  meanOpsPerCommit: number;
  ackP50Ms: number;
  ackP99Ms: number;
  otherCpuPct: number | null;
}

/** SQLite (databaseUrl null) or PostgreSQL, measured again while other processes use the CPU. */
export async function measureStoreOps(
  options: PersistenceOptions,
  databaseUrl: string | null,
  postgresPid: number | null,
): Promise<StoreOpsResult> {
  const own = () => cpuMicros() + (postgresPid === null ? 0 : (processTreeCpuMicros(postgresPid) ?? 0));
  const measured = await whenQuiet(
    () => themenwandOps(options, databaseUrl, postgresPid),
    own,
    options.maxOtherCpuPct,
    options.attempts,
  );
  return { ...measured.value, otherCpuPct: measured.otherCpuPct };
}

if (process.argv[1]?.endsWith("persistence.ts") && process.send) {
  serveRequests(async (message) => {
    if (message.type === "run") return measurePersistence(message.options as PersistenceOptions);
    if (message.type === "store-ops") {
      const { options, databaseUrl, postgresPid } = message as unknown as {
        options: PersistenceOptions;
        databaseUrl: string | null;
        postgresPid: number | null;
      };
      return measureStoreOps(options, databaseUrl, postgresPid);
    }
    if (message.type === "stop") setImmediate(() => process.exit(0));
    return null;
  });
  process.on("disconnect", () => process.exit(0));
}
