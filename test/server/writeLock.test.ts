import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/**
 * A second writer on the same database file, in its own thread (holding SQLite's write lock in the
 * test's own thread would block the server it waits for): it takes the write lock, writes a board as
 * another server process would, waits until the server has begun its commit (flag[0]), holds the lock
 * a while longer, then commits.
 */
const SECOND_WRITER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.databasePath);
db.exec("BEGIN IMMEDIATE");
db.prepare("INSERT INTO boards (id, revision, moderator_key_hash, created_at) VALUES (?, 0, ?, 1)")
  .run(workerData.boardId, "ab".repeat(32));
const board = { type: "board", id: workerData.boardId, version: 1, audience: "board", authorId: null,
  title: "Zweiter Prozess", description: "", createdAt: 1 };
db.prepare("INSERT INTO records (board_id, type, id, audience, author_id, data) VALUES (?, 'board', ?, 'board', NULL, ?)")
  .run(workerData.boardId, workerData.boardId, JSON.stringify(board));
parentPort.postMessage("locked");
Atomics.wait(workerData.flag, 0, 0, 10000);
Atomics.wait(workerData.flag, 1, 0, workerData.holdMs);
db.exec("COMMIT");
db.close();
`;

describe("a second writer on the database file", () => {
  it("SYNC-14 an op sent while another connection holds the write lock waits for it and is acknowledged, not answered internal", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const socket = await connected(rawClient(server().url));
    const frames: Committed[][] = [];
    socket.on("changes", (batch) => frames.push(batch));
    expect(await join(socket, { boardId, since: null })).toMatchObject({ ok: true });

    const store = server().store;
    const commit = store.commit.bind(store);
    const flag = new Int32Array(new SharedArrayBuffer(8));
    store.commit = (requests, now) => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      return commit(requests, now);
    };
    const writer = new Worker(SECOND_WRITER, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve("better-sqlite3"),
        databasePath: server().databasePath,
        boardId: "board-second-process",
        flag,
        holdMs: 300,
      },
    });
    const exited = new Promise<number>((resolve, reject) => {
      writer.once("exit", resolve);
      writer.once("error", reject);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        writer.once("message", () => resolve());
        writer.once("error", reject);
      });
      const answer = await sendOp(
        socket,
        "op-while-locked",
        addCardOp("card-locked-1", columnsIn(snapshot)[0].id, "a0"),
      );
      expect(answer).toMatchObject({ ok: true, committed: { revision: 1, opId: "op-while-locked" } });
      expect(await exited).toBe(0);
      expect(frames).toEqual([[answer.ok && answer.committed]]);
    } finally {
      store.commit = commit;
      await writer.terminate();
    }
    expect(await boardContents(store, boardId)).toMatchObject({ revision: 1, cards: [{ id: "card-locked-1" }] });
    expect(await boardContents(store, "board-second-process")).toMatchObject({ board: { title: "Zweiter Prozess" } });
    socket.close();
  });
});
