import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore } from "../../server/store/postgres/PostgresBoardStore";
import type { Op } from "../../shared/ops";
import { businessCardOp } from "../helpers/businessCards";
import { alice, newBoard } from "../helpers/fixtures";
import { migratedPostgresDatabase } from "../helpers/services/postgres";

let url: string;
beforeAll(async () => {
  url = await migratedPostgresDatabase();
});

const card: Op = businessCardOp({
  cardId: "bcard-pg-erase",
  name: "Zacharias Quellwasser",
  about: "Quellwasser ".repeat(150),
  consent: { text: "Ja.", given: true },
  editKeyHash: "c".repeat(64),
});

describe("erasure on PostgreSQL (ERASE-2)", () => {
  const pool = () => openPool(url);
  let stats: ReturnType<typeof pool>;
  beforeAll(() => {
    stats = pool();
  });
  afterAll(() => stats.end());

  const vacuums = async () => {
    const { rows } = await stats.query<{ relname: string; vacuum_count: string }>(
      "SELECT relname, vacuum_count FROM pg_stat_user_tables WHERE relname IN ('records', 'op_log', 'op_receipts')",
    );
    return Object.fromEntries(rows.map((row) => [row.relname, Number(row.vacuum_count)]));
  };

  it("ERASE-2 NET-6 a commit that forgets a record is followed by a VACUUM of records, op_log and op_receipts", async () => {
    const store = new PostgresBoardStore(pool());
    await store.createBoard(newBoard("board-pg-erase", [{ id: "col-aaaa", title: "A", rank: "a0" }], "E"));
    const commit = (opId: string, op: Op) => store.commit([{ boardId: "board-pg-erase", opId, op, actor: alice }], 1);
    expect(await commit("op-pg-erase-1", card)).toMatchObject([{ ok: true }]);
    // Not for a commit that forgets nothing.
    expect(await vacuums()).toEqual({ records: 0, op_log: 0, op_receipts: 0 });
    expect(await commit("op-pg-erase-2", { type: "businessCard.remove", cardId: "bcard-pg-erase" })).toMatchObject([
      { ok: true },
    ]);
    // Statistics reach other sessions a moment after the vacuum: ask until they do (or 15 s passed).
    for (let tries = 0; tries < 150 && !Object.values(await vacuums()).every((count) => count >= 1); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await vacuums()).toEqual({ records: 1, op_log: 1, op_receipts: 1 });
    await store.close();
  });
});
