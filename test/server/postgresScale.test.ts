import { beforeAll, describe, expect, it } from "vitest";
import type { CommitRequest, CommitResponse } from "../../server/store/BoardStore";
import { openStore } from "../../server/store/openStore";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore } from "../../server/store/postgres/PostgresBoardStore";
import { migratePostgres, POSTGRES_MIGRATIONS } from "../../server/store/postgres/postgresMigrations";
import type { Committed } from "../../shared/changes";
import { addCardOp, alice, bob, newBoard } from "../helpers/fixtures";
import { freshPostgresDatabase, migratedPostgresDatabase } from "../helpers/services/postgres";
import { boardContents } from "../helpers/testServer";

/** Two stores with pools of their own are two server processes as far as PostgreSQL can tell. */
let url: string;
beforeAll(async () => {
  url = await migratedPostgresDatabase();
});
const process = () => new PostgresBoardStore(openPool(url));

const column = [{ id: "col-aaaa", title: "A", rank: "a0" }];
const cardRequest = (boardId: string, name: string): CommitRequest => ({
  boardId,
  opId: `op-${name}`,
  op: addCardOp(`card-${name}`, "col-aaaa", "a0"),
  actor: alice,
});
/** A pool that notes the name of every prepared statement its connections run. */
function countingPool() {
  const pool = openPool(url);
  const named: string[] = [];
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const config = args[0] as { name?: string } | undefined;
      if (config && typeof config === "object" && config.name) named.push(config.name);
      return query(...args);
    }) as typeof client.query;
  });
  return { pool, named };
}

const committedOf = (response: CommitResponse): Committed => {
  if (!response.ok) throw new Error(`refused: ${response.problem.code}`);
  return response.committed;
};

describe("PostgreSQL with several processes", () => {
  it("SCALE-1 two processes committing one board at once give every revision once, a contiguous op log and each op once", async () => {
    const [a, b] = [process(), process()];
    const boardId = "board-scale-1";
    await a.createBoard(newBoard(boardId, column));
    // Four workers per process, each sending 25 batches of 10 ops: 2,000 ops racing for one row.
    const worker = async (store: PostgresBoardStore, name: string) => {
      const committed: Committed[] = [];
      for (let batch = 0; batch < 25; batch++) {
        const requests = Array.from({ length: 10 }, (_, i) => cardRequest(boardId, `${name}-${batch}-${i}`));
        for (const response of await store.commit(requests, Date.now())) committed.push(committedOf(response));
      }
      return committed;
    };
    const results = await Promise.all(
      [a, b].flatMap((store, p) => [0, 1, 2, 3].map((w) => worker(store, `p${p}w${w}`))),
    );
    const all = results.flat();
    const total = 2 * 4 * 25 * 10;
    expect(all).toHaveLength(total);
    expect(all.map((c) => c.revision).sort((x, y) => x - y)).toEqual(Array.from({ length: total }, (_, i) => i + 1));

    const log = (await b.changesSince(boardId, 0)) ?? [];
    expect(log.map((c) => c.revision)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(log.map((c) => c.opId)).size).toBe(total);
    // Each process's cache is trusted only at the revision it reads: both see every card.
    for (const store of [a, b]) {
      const contents = await boardContents(store, boardId);
      expect(contents?.revision).toBe(total);
      expect(contents?.cards).toHaveLength(total);
    }
    await Promise.all([a.close(), b.close()]);
  });

  it("SCALE-1 a process whose copy of a board fell behind catches it up from the op log instead of reading every record", async () => {
    const { pool, named } = countingPool();
    const [a, b] = [new PostgresBoardStore(pool), process()];
    const boardId = "board-scale-catch-up";
    await a.createBoard(newBoard(boardId, column));
    const seed = Array.from({ length: 300 }, (_, i) => cardRequest(boardId, `seed-${i}`));
    (await a.commit(seed, 1)).forEach(committedOf);
    // The other process writes twice, then this one again: three times in turn, like two busy processes.
    for (let turn = 0; turn < 3; turn++) {
      committedOf((await b.commit([cardRequest(boardId, `b-${turn}-1`)], 2))[0]);
      committedOf((await b.commit([cardRequest(boardId, `b-${turn}-2`)], 2))[0]);
      committedOf((await a.commit([cardRequest(boardId, `a-${turn}`)], 2))[0]);
    }
    expect(named.filter((name) => name === "records")).toHaveLength(1);
    expect(named.filter((name) => name === "log_between")).toHaveLength(3);
    // What a decided on is the board as it is: the same records as a fresh read.
    const fresh = process();
    const [viaA, viaFresh] = [await boardContents(a, boardId), await boardContents(fresh, boardId)];
    expect(viaA?.revision).toBe(300 + 9);
    expect(viaA).toEqual(viaFresh);
    await Promise.all([a.close(), b.close(), fresh.close()]);
  });

  it("SCALE-2 an op committed through one process and retried through another is replayed once; another sender's reuse is refused", async () => {
    const [a, b] = [process(), process()];
    const boardId = "board-scale-2";
    await a.createBoard(newBoard(boardId, column));
    const request = cardRequest(boardId, "retried-1");
    const [first] = await a.commit([request], 1);
    expect(first).toMatchObject({ ok: true, committed: { revision: 1 } });
    // The process crashed before acknowledging; the client sends the op again to another one.
    expect(await b.commit([request], 2)).toEqual([{ ...first, replayed: true }]);
    expect(await b.commit([{ ...request, actor: bob }], 3)).toMatchObject([
      { ok: false, problem: { code: "op_id_reused" } },
    ]);
    // Both processes at the same moment: one commits, the other answers from its receipt.
    const twice = cardRequest(boardId, "twice-1");
    const [[viaA], [viaB]] = await Promise.all([a.commit([twice], 4), b.commit([twice], 4)]);
    expect([viaA, viaB].filter((response) => "replayed" in response)).toHaveLength(1);
    expect(committedOf(viaA)).toEqual(committedOf(viaB));
    expect(await boardContents(a, boardId)).toMatchObject({ revision: 2 });
    expect((await boardContents(b, boardId))?.cards.map((card) => card.id).sort()).toEqual([
      "card-retried-1",
      "card-twice-1",
    ]);
    await Promise.all([a.close(), b.close()]);
  });

  it("SCALE-1 processes starting together on a fresh database run each migration once", async () => {
    const fresh = await freshPostgresDatabase();
    const counted = [
      "CREATE TABLE migration_runs (number INTEGER NOT NULL)",
      "INSERT INTO migration_runs VALUES (2)",
      "INSERT INTO migration_runs VALUES (3)",
    ];
    const pools = Array.from({ length: 4 }, () => openPool(fresh));
    await Promise.all(pools.map((pool) => migratePostgres(pool, counted)));
    const runs = await pools[0].query<{ number: number }>("SELECT number FROM migration_runs ORDER BY number");
    expect(runs.rows.map((row) => row.number)).toEqual([2, 3]);
    await Promise.all(pools.map((pool) => pool.end()));

    // And the real ones, through openStore, as the server starts.
    const real = await freshPostgresDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openStore({ databaseUrl: real, databasePath: "" })));
    const pool = openPool(real);
    const versions = await pool.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    expect(versions.rows.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    await pool.end();
    await Promise.all(stores.map((store) => store.close()));
  });

  it("SCALE-1 refuses a database migrated by a newer version instead of touching it", async () => {
    const fresh = await freshPostgresDatabase();
    const pool = openPool(fresh);
    await migratePostgres(pool, [...POSTGRES_MIGRATIONS, "SELECT 1"]);
    await expect(migratePostgres(pool)).rejects.toThrow(/newer/);
    await pool.end();
  });
});
