import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { BoardStore } from "../../server/store/BoardStore";
import { MIGRATIONS } from "../../server/store/migrations";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";
import { addCardOp, alice, newBoard } from "../helpers/fixtures";
import { boardContents } from "../helpers/testServer";
import { describeBoardStoreContract } from "./storeContract";

const folder = mkdtempSync(join(tmpdir(), "themenwand-store-"));
let count = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const paths = new WeakMap<BoardStore, string>();
describeBoardStoreContract(
  "SQLite file",
  () => {
    const path = join(folder, `contract-${count++}.db`);
    const store = new SqliteBoardStore(openDatabase(path));
    paths.set(store, path);
    return store;
  },
  async (store) => {
    await store.close();
    return new SqliteBoardStore(openDatabase(paths.get(store) as string));
  },
);

describe("SQLite store specifics", () => {
  it("SYNC-7 opens the file in WAL mode with synchronous=FULL and runs every migration", async () => {
    const db = openDatabase(join(folder, "pragmas.db"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("SYNC-5 prunes the op log past its retention so old clients get a snapshot", async () => {
    const store = new SqliteBoardStore(openDatabase(join(folder, "retention.db")), { opLogRetention: 500 });
    await store.createBoard(newBoard("board-ret-01", [{ id: "col-aaaa", title: "A", rank: "a0" }], "R"));
    const requests = Array.from({ length: 1000 }, (_, i) => ({
      boardId: "board-ret-01",
      opId: `op-${String(i).padStart(8, "0")}`,
      op: addCardOp(`card-${String(i).padStart(6, "0")}`, "col-aaaa", "a0"),
      actor: alice,
    }));
    await store.commit(requests, 1);
    expect(await store.changesSince("board-ret-01", 100)).toBeUndefined();
    expect(await store.changesSince("board-ret-01", 600)).toHaveLength(400);
    const ranks = (await boardContents(store, "board-ret-01"))?.cards.map((c) => c.rank) ?? [];
    expect(new Set(ranks).size).toBe(1000);
    await store.close();
  });

  it("SYNC-13 recognises a retry after the op log pruned its change, and keeps the receipts for the board's lifetime", async () => {
    const store = new SqliteBoardStore(openDatabase(join(folder, "receipts.db")), { opLogRetention: 10 });
    await store.createBoard(newBoard("board-rcpt-01", [{ id: "col-aaaa", title: "A", rank: "a0" }], "R"));
    const request = (i: number) => ({
      boardId: "board-rcpt-01",
      opId: `op-${String(i).padStart(8, "0")}`,
      op: addCardOp(`card-${String(i).padStart(6, "0")}`, "col-aaaa", "a0"),
      actor: alice,
    });
    const [first] = await store.commit([request(0)], 1);
    await store.commit(
      Array.from({ length: 1500 }, (_, i) => request(i + 1)),
      1 + 400 * 24 * 3600 * 1000, // a year and more later
    );
    expect(await store.changesSince("board-rcpt-01", 0)).toBeUndefined();
    // Its writes left with the op log: the retry is acknowledged as done, at its revision.
    const done = first.ok ? { ...first, committed: { ...first.committed, writes: [] } } : first;
    expect(await store.commit([request(0)], 2 + 400 * 24 * 3600 * 1000)).toEqual([{ ...done, replayed: true }]);
    expect(await boardContents(store, "board-rcpt-01")).toMatchObject({ revision: 1501 });
    await store.close();
  });

  it("SYNC-13 carries the op ids of an older database's op log over, so an op committed before the upgrade is still answered once", async () => {
    const path = join(folder, "upgrade.db");
    const old = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration);
    old.pragma("user_version = 2");
    old
      .prepare(
        "INSERT INTO boards (id, title, description, version, revision, moderator_key_hash, created_at) VALUES (?, ?, ?, 1, 1, ?, 1)",
      )
      .run("board-upgr-01", "U", "", "ab".repeat(32));
    old
      .prepare("INSERT INTO columns (board_id, id, title, rank, version) VALUES (?, ?, ?, ?, 1)")
      .run("board-upgr-01", "col-aaaa", "A", "a0");
    const op = addCardOp("card-000001", "col-aaaa", "a0");
    const change = { type: "card.put", card: { id: "card-000001", columnId: "col-aaaa", rank: "a0" } };
    old
      .prepare("INSERT INTO op_log (board_id, revision, op_id, change, created_at) VALUES (?, 1, ?, ?, 1)")
      .run("board-upgr-01", "op-legacy-01", JSON.stringify(change));
    old.close();

    const store = new SqliteBoardStore(openDatabase(path));
    // The record model (migration 4) empties old receipts' stored change: a retrying client joined
    // at a later revision and ignores it; what counts is that the op is answered, not applied again.
    const answer = { ok: true, committed: { revision: 1, opId: "op-legacy-01", writes: [] }, replayed: true };
    const repeat = (namespace: "op" | "api") =>
      store.commit([{ boardId: "board-upgr-01", opId: "op-legacy-01", op, actor: alice, namespace }], 2);
    expect(await repeat("op")).toEqual([answer]);
    // The old op log did not say whether an op id came from a socket or the API: both are kept.
    expect(await repeat("api")).toEqual([answer]);
    expect((await boardContents(store, "board-upgr-01"))?.revision).toBe(1);
    await store.close();
  });

  it("refuses a database written by a newer version instead of corrupting it", async () => {
    const path = join(folder, "newer.db");
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer/);
  });
});
