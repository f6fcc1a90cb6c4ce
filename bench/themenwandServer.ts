import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateNKeysBetween } from "fractional-indexing";
import { createApp } from "../server/app";
import { boardAuthorId } from "../server/auth/authors";
import { hashSecret, newSecret } from "../server/auth/secrets";
import type { Limits } from "../server/config";
import { connectRedis } from "../server/realtime/redisAdapter";
import type { BoardStore } from "../server/store/BoardStore";
import { openDatabase } from "../server/store/openDatabase";
import { openPool } from "../server/store/postgres/openPool";
import { PostgresBoardStore } from "../server/store/postgres/PostgresBoardStore";
import { migratePostgres } from "../server/store/postgres/postgresMigrations";
import { SqliteBoardStore } from "../server/store/SqliteBoardStore";
import { newId } from "../shared/ids";
import type { Op } from "../shared/ops";
import { rankBetween } from "../shared/ordering";
import { newBoardRecords, templateRecords } from "../shared/templates";
import { seededRandom, topicContent, words } from "./cardText";
import { serveRequests } from "./child";
import type { ServerReady, WallSeed } from "./protocol";
import { serverStats } from "./serverStats";
import { wallCardText } from "./wallText";

/**
 * Themenwand's real server (createApp on a SQLite file with WAL and synchronous=FULL) in its own
 * process, with one board that every simulated participant joins. BENCH_CLIENT_DIR serves a client build.
 *
 * Several processes (`npm run bench -- --cluster`): BENCH_DATABASE_URL puts the board on PostgreSQL,
 * BENCH_REDIS_URL sends broadcasts through the Redis Streams adapter, and BENCH_BOARD_ID with
 * BENCH_COLUMN_ID joins the board another process created instead of creating one. (Prefixed, so that
 * a DATABASE_URL in the shell never turns the single-process figures into PostgreSQL's.)
 */
const databaseUrl = process.env.BENCH_DATABASE_URL || null;
const folder = databaseUrl ? null : mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), "themenwand-bench-"));
const removeFolder = () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
};
const { store, clearCards } = await openBenchStore();
const redis = process.env.BENCH_REDIS_URL ? connectRedis(process.env.BENCH_REDIS_URL) : undefined;

/**
 * The store, and a way to empty the board between steps that moves the revision on, so the store's
 * cache (trusted only at the revision a transaction reads, in every process) and every client see a
 * new board state.
 */
async function openBenchStore(): Promise<{ store: BoardStore; clearCards: (id: string) => Promise<number> }> {
  if (!databaseUrl) {
    const db = openDatabase(join(folder as string, "bench.db"));
    const clear = db.transaction((id: string) => {
      const removed = db.prepare("DELETE FROM records WHERE board_id = ? AND type = 'card'").run(id).changes;
      db.prepare("UPDATE boards SET revision = revision + 1 WHERE id = ?").run(id);
      return removed;
    });
    return { store: new SqliteBoardStore(db), clearCards: async (id) => clear(id) };
  }
  const pool = openPool(databaseUrl);
  await migratePostgres(pool);
  const clear = async (id: string) => {
    // One statement, so one transaction: the cards go and the revision moves on together.
    const { rows } = await pool.query<{ removed: number }>(
      `WITH removed AS (DELETE FROM records WHERE board_id = $1 AND type = 'card' RETURNING 1),
            bumped AS (UPDATE boards SET revision = revision + 1 WHERE id = $1 RETURNING 1)
       SELECT (SELECT count(*) FROM removed)::int AS removed, (SELECT count(*) FROM bumped)::int AS bumped`,
      [id],
    );
    return rows[0].removed;
  };
  return { store: new PostgresBoardStore(pool), clearCards: clear };
}

/**
 * The load generator is one address with up to a thousand sockets, so the per-address limits are
 * lifted; BENCH_LIMITS=defaults keeps them (the hostile-neighbour scenario).
 */
const lifted: Partial<Limits> = {
  opsPerSecond: 1e9,
  opsBurst: 1e9,
  connectionsPerAddress: 1e9,
  joinsPerMinute: 1e9,
  socketJoinBurst: 1e9,
  socketJoinsPerMinute: 1e9,
  boardsPerHour: 1e9,
  restWritesPerMinute: 1e9,
};
const app = createApp({
  store,
  clientDir: process.env.BENCH_CLIENT_DIR || null,
  limits: process.env.BENCH_LIMITS === "defaults" ? undefined : lifted,
  redis,
  instance: process.env.BENCH_INSTANCE,
});

/** The board everyone joins: made here, or (BENCH_BOARD_ID) made by another process on the same store. */
const joining = process.env.BENCH_BOARD_ID;
const boardId = joining || newId();
/** Known to the benchmark: the hostile neighbour moves cards as a moderator would. */
const moderatorKey = newSecret();
const columnTitles = ["Mobilität", "Klima", "Wohnen", "Bildung", "Kultur"];
const ranks = generateNKeysBetween(null, null, columnTitles.length);
const columns = columnTitles.map((title, index) => ({ id: newId(), title, rank: ranks[index] }));
if (joining) {
  columns.splice(0, columns.length, { id: String(process.env.BENCH_COLUMN_ID), title: "", rank: "" });
} else {
  const createdAt = Date.now();
  await store.createBoard({
    id: boardId,
    moderatorKeyHash: hashSecret(moderatorKey),
    records: newBoardRecords(
      { id: boardId, title: "Plenum Bürgerhaushalt", description: "Ein Board für alle", createdAt },
      columns,
    ),
    createdAt,
  });
}

/** Server time of snapshot requests: from the request's arrival to the last byte handed to the OS. */
const snapshotTimes: number[] = [];
app.httpServer.prependListener("request", (request, response) => {
  if (request.method !== "GET" || !request.url?.startsWith(`/api/boards/${boardId}`)) return;
  const arrived = performance.now();
  response.once("finish", () => snapshotTimes.push(performance.now() - arrived));
});

/** A further board with one column (the hostile-neighbour scenario's honest board). */
async function createBoard(): Promise<{ boardId: string; columnId: string }> {
  const id = newId();
  const columnId = newId();
  const createdAt = Date.now();
  await store.createBoard({
    id,
    moderatorKeyHash: "0".repeat(64),
    records: newBoardRecords({ id, title: "Nachbarboard", description: "", createdAt }, [
      { id: columnId, title: "Ideen", rank: "a0" },
    ]),
    createdAt,
  });
  return { boardId: id, columnId };
}

/** Posts `count` cards the way participants would (ops through the store), spread over the columns. */
async function seed(count: number, bodyWords = 0): Promise<number> {
  const random = seededRandom(42);
  const authors = Array.from({ length: 1000 }, () => newId());
  const names = ["Anna", "Ben", "Cem", "Dana", "Emil", "Fatma", "Greta", "Hannes", "Ines", "Jonas", null, null, null];
  const lastRank = new Map<string, string | null>();
  let posted = 0;
  while (posted < count) {
    const batch = [];
    for (let i = 0; i < 500 && posted < count; i++, posted++) {
      const column = columns[posted % columns.length];
      const rank = rankBetween(lastRank.get(column.id) ?? null, null);
      lastRank.set(column.id, rank);
      const op: Op = {
        type: "card.add",
        cardId: newId(),
        columnId: column.id,
        rank,
        authorName: names[Math.floor(random() * names.length)],
        content: bodyWords > 0 ? { ...topicContent(random), body: words(random, bodyWords) } : topicContent(random),
      };
      const authorId = authors[Math.floor(random() * authors.length)];
      batch.push({ boardId, opId: newId(), op, actor: { role: "participant" as const, authorId } });
    }
    const failed = (await store.commit(batch, Date.now())).find((response) => !response.ok);
    if (failed) throw new Error(`seeding failed: ${JSON.stringify(failed)}`);
  }
  return posted;
}

/**
 * A networking board from the `vernetzung` template with `cards` business cards published through the
 * store, each by its own author. The author ids come from tokens the way the server derives them
 * (server/auth/authors.ts), so the benchmark can act as any of them: the last card is the one of the
 * page's own author token; the first `live` cards' tokens are returned for edits during the run.
 */
async function seedWall(cards: number, pageAuthorToken: string, live: number): Promise<WallSeed> {
  const id = newId();
  const createdAt = Date.now();
  await store.createBoard({
    id,
    moderatorKeyHash: hashSecret(newSecret()),
    records: templateRecords(
      { id, title: "Vernetzungstreffen Lausitz", description: "", template: "vernetzung", createdAt },
      [],
      [],
    ),
    createdAt,
  });
  const random = seededRandom(7);
  const seed: WallSeed = { boardId: id, live: [], ownCardId: "", own: wallCardText(random) };
  let published = 0;
  while (published < cards) {
    const batch = [];
    for (let i = 0; i < 500 && published < cards; i++, published++) {
      const own = published === cards - 1;
      const token = own ? pageAuthorToken : newSecret();
      const cardId = newId();
      const text = own ? seed.own : wallCardText(random);
      const email = random() < 0.6 ? { value: `person${published}@example.org`, visibility: "board" as const } : null;
      const op: Op = {
        type: "businessCard.publish",
        cardId,
        ...text,
        contact: { email, phone: null, website: null },
        consent: { text: "Ich bin einverstanden, dass meine Visitenkarte auf diesem Board gezeigt wird.", given: true },
        editKeyHash: hashSecret(newSecret()),
      };
      if (own) seed.ownCardId = cardId;
      else if (seed.live.length < live)
        seed.live.push({ cardId, authorToken: token, text, email: email?.value ?? null });
      const authorId = boardAuthorId(id, hashSecret(token));
      batch.push({ boardId: id, opId: newId(), op, actor: { role: "participant" as const, authorId } });
    }
    const failed = (await store.commit(batch, Date.now())).find((response) => !response.ok);
    if (failed) throw new Error(`seeding the wall failed: ${JSON.stringify(failed)}`);
  }
  return seed;
}

serveRequests(async (message) => {
  switch (message.type) {
    case "stats":
      return serverStats(app.io.engine.clientsCount, message.gc === true);
    case "reset":
      // Each step starts from an empty board, so card counts stay far below the board's limit.
      // With several processes the others are flushed first (`flush`), and one of them resets.
      await app.committer.flush();
      return clearCards(boardId);
    case "flush":
      await app.committer.flush();
      return null;
    case "seed":
      return seed(Number(message.cards), Number(message.bodyWords ?? 0));
    case "create-board":
      return createBoard();
    case "revision":
      return { revision: await store.revision(boardId) };
    case "seed-wall":
      return seedWall(Number(message.cards), String(message.authorToken), Number(message.live));
    case "snapshot-times":
      return snapshotTimes.splice(0);
    case "stop":
      await app.close();
      await redis?.close();
      await store.close();
      removeFolder();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`themenwand server cannot ${message.type}`);
  }
});

process.on("disconnect", () => {
  void store.close();
  removeFolder();
  process.exit(0);
});

app.httpServer.listen(0, "127.0.0.1", () => {
  const { port } = app.httpServer.address() as AddressInfo;
  const columnId = columns[0].id;
  process.send?.({ type: "ready", port, boardId, columnId, moderatorKey } satisfies ServerReady);
});
