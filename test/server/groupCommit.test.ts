import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GroupCommitter, paceForRoom } from "../../server/ops/GroupCommitter";
import type { CommitRequest } from "../../server/store/BoardStore";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";
import type { Committed } from "../../shared/changes";
import { redactRecord } from "../../shared/recordTypes";
import { captureLog } from "../helpers/capturedLog";
import { addCardOp, alice, newBoard } from "../helpers/fixtures";
import { boardContents } from "../helpers/testServer";

const folder = mkdtempSync(join(tmpdir(), "themenwand-group-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function storeWithTwoBoards() {
  const store = new SqliteBoardStore(openDatabase(join(folder, `${Math.random()}.db`)));
  for (const id of ["board-group-1", "board-group-2"]) {
    await store.createBoard(newBoard(id, [{ id: "col-aaaa", title: "A", rank: "a0" }]));
  }
  const batches: CommitRequest[][] = [];
  const commit = store.commit.bind(store);
  store.commit = (requests, now) => {
    batches.push(requests);
    return commit(requests, now);
  };
  return { store, batches };
}

describe("group commit", () => {
  it("SYNC-8 ops of one tick share one transaction; each board gets one frame, in revision order", async () => {
    const { store, batches } = await storeWithTwoBoards();
    const frames: { boardId: string; batch: Committed[] }[] = [];
    const committer = new GroupCommitter(store, redactRecord, (boardId, batch) => frames.push({ boardId, batch }));
    const submit = (boardId: string, i: number) =>
      committer.submit({
        boardId,
        opId: `op-${boardId}-${i}`,
        op: addCardOp(`card-${i}-abc`, "col-aaaa", "a0"),
        actor: alice,
      });

    const answers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => submit("board-group-1", i)),
      ...Array.from({ length: 5 }, (_, i) => submit("board-group-2", i)),
    ]);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(15);
    expect(frames.map((f) => [f.boardId, f.batch.map((c) => c.revision)])).toEqual([
      ["board-group-1", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
      ["board-group-2", [1, 2, 3, 4, 5]],
    ]);

    await submit("board-group-1", 99);
    expect(batches).toHaveLength(2);
    await store.close();
  });

  it("SYNC-8 a failing op is answered with its problem and spoils no other op of the batch", async () => {
    const { store } = await storeWithTwoBoards();
    const frames: Committed[][] = [];
    const committer = new GroupCommitter(store, redactRecord, (_boardId, batch) => frames.push(batch));
    const [good, bad, alsoGood] = await Promise.all([
      committer.submit({
        boardId: "board-group-1",
        opId: "op-good-001",
        op: addCardOp("card-good-1", "col-aaaa", "a0"),
        actor: alice,
      }),
      committer.submit({
        boardId: "board-group-1",
        opId: "op-bad-0001",
        op: { type: "column.remove", columnId: "col-aaaa" },
        actor: alice,
      }),
      committer.submit({
        boardId: "board-group-1",
        opId: "op-good-002",
        op: addCardOp("card-good-2", "col-aaaa", "a1"),
        actor: alice,
      }),
    ]);
    expect([good.ok, bad.ok, alsoGood.ok]).toEqual([true, false, true]);
    expect(bad).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(frames).toHaveLength(1);
    expect(frames[0].map((c) => c.opId)).toEqual(["op-good-001", "op-good-002"]);
    await store.close();
  });

  it("SYNC-7 nothing is acknowledged when the transaction fails: every op of the batch gets internal", async () => {
    const { store } = await storeWithTwoBoards();
    store.commit = () => {
      throw new Error("disk full");
    };
    const frames: Committed[][] = [];
    const committer = new GroupCommitter(store, redactRecord, (_boardId, batch) => frames.push(batch));
    const log = captureLog();
    const answer = await committer.submit({
      boardId: "board-group-1",
      opId: "op-fail-001",
      op: addCardOp("card-fail-1", "col-aaaa", "a0"),
      actor: alice,
    });
    log.restore();
    expect(answer).toMatchObject({ ok: false, problem: { code: "internal" } });
    expect(frames).toEqual([]);
    expect(log.errors()).toMatchObject([{ msg: "group commit failed" }]);
    await store.close();
  });
});

describe("a commit that fails for a passing reason", () => {
  it("SYNC-14 when SQLite rolls the whole transaction back under one op, no op of the batch is applied and each is answered internal", async () => {
    const db = openDatabase(join(folder, `${Math.random()}.db`));
    const store = new SqliteBoardStore(db);
    await store.createBoard(newBoard("board-rollback", [{ id: "col-aaaa", title: "A", rank: "a0" }], "R"));
    // SQLite may cancel the entire transaction on SQLITE_FULL, IOERR, BUSY or NOMEM (not just the
    // statement): the second op's write does that here.
    type Statement = { run: (...args: unknown[]) => unknown };
    const sql = (store as unknown as { sql: { appendLog: Statement } }).sql;
    const append = sql.appendLog;
    let appends = 0;
    sql.appendLog = {
      run: (...args) => {
        if (++appends !== 2) return append.run(...args);
        db.exec("ROLLBACK");
        throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
      },
    };
    const frames: Committed[][] = [];
    const committer = new GroupCommitter(store, redactRecord, (_boardId, batch) => frames.push(batch));
    const requests: CommitRequest[] = [1, 2, 3].map((i) => ({
      boardId: "board-rollback",
      opId: `op-rollback-${i}`,
      op: addCardOp(`card-rollback-${i}`, "col-aaaa", `a${i}`),
      actor: alice,
    }));
    const log = captureLog();
    const answers = await Promise.all(requests.map((request) => committer.submit(request)));
    log.restore();
    expect(answers).toEqual(
      requests.map(() => ({ ok: false, problem: expect.objectContaining({ code: "internal" }) })),
    );
    expect(frames).toEqual([]);
    expect(await boardContents(store, "board-rollback")).toMatchObject({ revision: 0, cards: [] });

    // Sent again, as the client does with internal, each op is applied exactly once.
    sql.appendLog = append;
    const retried = await Promise.all(requests.map((request) => committer.submit(request)));
    expect(retried.map((answer) => answer.ok && answer.committed.revision)).toEqual([1, 2, 3]);
    expect(frames.map((frame) => frame.map((c) => c.opId))).toEqual([requests.map((r) => r.opId)]);
    expect((await boardContents(store, "board-rollback"))?.cards).toHaveLength(3);
    await store.close();
  });
});

describe("fan-out pacing", () => {
  it("SYNC-8 paces a big room's frames by its size, capped at 50 ms, and leaves a lone op unpaced", async () => {
    expect(paceForRoom(1)).toBeCloseTo(0.025);
    expect(paceForRoom(1000)).toBe(25);
    expect(paceForRoom(100_000)).toBe(50);

    const { store, batches } = await storeWithTwoBoards();
    const committer = new GroupCommitter(
      store,
      redactRecord,
      () => undefined,
      Date.now,
      () => 40,
    );
    const submit = (i: number) =>
      committer.submit({
        boardId: "board-group-1",
        opId: `op-pace-${i}-0`,
        op: addCardOp(`card-pace-${i}`, "col-aaaa", "a0"),
        actor: alice,
      });
    const started = performance.now();
    await submit(1);
    await Promise.all([submit(2), submit(3)]);
    const pacedTook = performance.now() - started;
    expect(pacedTook).toBeGreaterThanOrEqual(39);
    expect(batches.map((b) => b.length)).toEqual([1, 2]);
    await store.close();
  });
});
