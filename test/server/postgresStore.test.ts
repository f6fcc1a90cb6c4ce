import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoardStore } from "../../server/store/BoardStore";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore, type PostgresStoreOptions } from "../../server/store/postgres/PostgresBoardStore";
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
});
