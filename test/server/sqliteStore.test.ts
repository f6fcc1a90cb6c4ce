import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../server/store/migrations";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";
import { addCardOp, alice } from "../helpers/fixtures";
import { describeBoardStoreContract } from "./storeContract";

const folder = mkdtempSync(join(tmpdir(), "themenwand-store-"));
let count = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeBoardStoreContract(
  "SQLite file",
  () => new SqliteBoardStore(openDatabase(join(folder, `contract-${count++}.db`))),
);

describe("SQLite store specifics", () => {
  it("SYNC-7 opens the file in WAL mode with synchronous=FULL and runs every migration", () => {
    const db = openDatabase(join(folder, "pragmas.db"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("SYNC-5 prunes the op log past its retention so old clients get a snapshot", () => {
    const store = new SqliteBoardStore(openDatabase(join(folder, "retention.db")), { opLogRetention: 500 });
    store.createBoard({
      id: "board-ret-01",
      title: "R",
      description: "",
      moderatorKeyHash: "ab".repeat(32),
      columns: [{ id: "col-aaaa", title: "A", rank: "a0" }],
      createdAt: 1,
    });
    const requests = Array.from({ length: 1000 }, (_, i) => ({
      boardId: "board-ret-01",
      opId: `op-${String(i).padStart(8, "0")}`,
      op: addCardOp(`card-${String(i).padStart(6, "0")}`, "col-aaaa", "a0"),
      actor: alice,
    }));
    store.commit(requests, 1);
    expect(store.changesSince("board-ret-01", 100)).toBeUndefined();
    expect(store.changesSince("board-ret-01", 600)).toHaveLength(400);
    const ranks = store.snapshot("board-ret-01")?.cards.map((c) => c.rank) ?? [];
    expect(new Set(ranks).size).toBe(1000);
    store.close();
  });

  it("refuses a database written by a newer version instead of corrupting it", () => {
    const path = join(folder, "newer.db");
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer/);
  });
});
