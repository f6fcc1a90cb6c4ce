import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoardStore } from "../../server/store/BoardStore";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore, type PostgresStoreOptions } from "../../server/store/postgres/PostgresBoardStore";
import { SQL } from "../../server/store/postgres/postgresStatements";
import { addCardOp, alice, newBoard } from "../helpers/fixtures";
import { migratedPostgresDatabase } from "../helpers/services/postgres";
import { boardContents } from "../helpers/testServer";
import { describeBoardStoreContract } from "./storeContract";

let url: string;
beforeAll(async () => {
  url = await migratedPostgresDatabase();
});

/** A store with a pool of its own: two of them are two processes as far as the database can tell. */
const openPostgresStore = (options: PostgresStoreOptions = {}) => new PostgresBoardStore(openPool(url), options);

/** The contract's boards all have one id: each test starts from an empty database. */
async function emptied(store: BoardStore): Promise<BoardStore> {
  const pool = openPool(url);
  await pool.query("TRUNCATE boards, records, op_log, op_receipts");
  await pool.end();
  return store;
}

describeBoardStoreContract(
  "PostgreSQL",
  () => emptied(openPostgresStore()),
  async (store) => {
    await store.close();
    return openPostgresStore();
  },
);

describe("PostgreSQL store specifics", () => {
  let pool: Pool;
  beforeAll(() => {
    pool = openPool(url);
  });
  afterAll(() => pool.end());

  const request = (boardId: string, i: number) => ({
    boardId,
    opId: `op-${String(i).padStart(8, "0")}`,
    op: addCardOp(`card-${String(i).padStart(6, "0")}`, "col-aaaa", "a0"),
    actor: alice,
  });

  it("SYNC-5 prunes the op log past its retention so old clients get a snapshot", async () => {
    const store = openPostgresStore({ opLogRetention: 500 });
    await store.createBoard(newBoard("board-ret-01", [{ id: "col-aaaa", title: "A", rank: "a0" }], "R"));
    await store.commit(
      Array.from({ length: 1000 }, (_, i) => request("board-ret-01", i)),
      1,
    );
    expect(await store.changesSince("board-ret-01", 100)).toBeUndefined();
    expect(await store.changesSince("board-ret-01", 600)).toHaveLength(400);
    const ranks = (await boardContents(store, "board-ret-01"))?.cards.map((c) => c.rank) ?? [];
    expect(new Set(ranks).size).toBe(1000);
    await store.close();
  });

  it("SCALE-1 looks a batch's op keys up one index probe each, however many receipts the board has", async () => {
    const store = openPostgresStore();
    const boardId = "board-receipts-01";
    await store.createBoard(newBoard(boardId, [{ id: "col-aaaa", title: "A", rank: "a0" }], "R"));
    for (let start = 0; start < 4_000; start += 500) {
      await store.commit(
        Array.from({ length: 500 }, (_, i) => request(boardId, start + i)),
        1,
      );
    }
    await pool.query("ANALYZE op_receipts");
    const keys = Array.from({ length: 100 }, (_, i) => `op:op-${String(5_000 + i).padStart(8, "0")}`);
    const { rows } = await pool.query(`EXPLAIN (FORMAT JSON) ${SQL.receipts.text}`, [boardId, keys]);
    const scans = scansIn(rows[0]["QUERY PLAN"][0].Plan);
    // Reading all of an aged board's receipts or changes (a scan filtered by key) made a batch's
    // lookup grow with the board: the durable op rate fell to a quarter.
    expect(scans).toEqual([
      { node: "Index Scan", relation: "op_receipts" },
      { node: "Index Scan", relation: "op_log" },
    ]);
    await store.close();
  });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan that reads a table, in plan order. */
function scansIn(node: PlanNode): { node: string; relation: string }[] {
  const own = node["Relation Name"] ? [{ node: node["Node Type"], relation: node["Relation Name"] }] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansIn)];
}
