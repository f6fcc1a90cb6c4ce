import { createServer, type Server } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FINAL_OP_ANSWERS } from "../../client/sync/backoff";
import { openStore } from "../../server/store/openStore";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore } from "../../server/store/postgres/PostgresBoardStore";
import { migratePostgres } from "../../server/store/postgres/postgresMigrations";
import { StoreUnavailableError } from "../../server/store/StoreUnavailableError";
import { connected, join, rawClient, sendOp, syncClient, waitForState } from "../helpers/clients";
import { addCardOp, alice, newBoard } from "../helpers/fixtures";
import { freshPostgresDatabase } from "../helpers/services/postgres";
import { startTcpProxy } from "../helpers/services/tcpProxy";
import { boardContents, columnsIn, createBoard, startTestServer } from "../helpers/testServer";

/** Whatever escapes as unhandled while the database is away fails the test. */
const escaped: unknown[] = [];
const record = (error: unknown) => escaped.push(error);
beforeAll(() => {
  process.on("unhandledRejection", record);
  process.on("uncaughtException", record);
});
afterAll(() => {
  process.off("unhandledRejection", record);
  process.off("uncaughtException", record);
});
afterEach(() => {
  expect(escaped).toEqual([]);
});

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

describe("SCALE-3 the database out of reach", () => {
  it("SCALE-3 refused connections: every op is answered store_unavailable, reads throw StoreUnavailableError, health is false", async () => {
    // A port that was just free, with nothing listening on it any more.
    const probe = createServer();
    const port = await listening(probe);
    await new Promise((resolve) => probe.close(resolve));
    const store = new PostgresBoardStore(openPool(`postgres://themenwand:secret@127.0.0.1:${port}/themenwand`));
    const requests = ["board-a", "board-b", "board-a"].map((boardId, i) => ({
      boardId,
      opId: `op-unreach-${i}`,
      op: addCardOp(`card-${i}`, "col-aaaa", "a0"),
      actor: alice,
    }));
    const answers = await store.commit(requests, 1);
    expect(answers.map((answer) => !answer.ok && answer.problem.code)).toEqual([
      "store_unavailable",
      "store_unavailable",
      "store_unavailable",
    ]);
    expect(FINAL_OP_ANSWERS.has("store_unavailable")).toBe(false);
    expect(await store.isHealthy()).toBe(false);
    for (const read of [
      () => store.readBoard("board-a"),
      () => store.revision("board-a"),
      () => store.moderatorKeyHash("board-a"),
      () => store.changesSince("board-a", 0),
      () => store.createBoard(newBoard("board-c", [])),
    ]) {
      await expect(read()).rejects.toBeInstanceOf(StoreUnavailableError);
    }
    await store.close();
    // A server starting without its database does not start (it could not migrate).
    await expect(
      openStore({ databaseUrl: `postgres://127.0.0.1:${port}/themenwand`, databasePath: "" }),
    ).rejects.toThrow();
  });

  it("SCALE-3 a database that never answers: ops are answered store_unavailable after the connect timeout", async () => {
    const silent = createServer(() => undefined); // accepts, never speaks
    const port = await listening(silent);
    const store = new PostgresBoardStore(openPool(`postgres://127.0.0.1:${port}/x`, { connectTimeoutMs: 300 }), {
      healthTimeoutMs: 300,
    });
    const started = Date.now();
    const [answer] = await store.commit(
      [{ boardId: "board-a", opId: "op-silent-1", op: addCardOp("card-1", "col-aaaa", "a0"), actor: alice }],
      1,
    );
    expect(answer).toMatchObject({ ok: false, problem: { code: "store_unavailable" } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await store.isHealthy()).toBe(false);
    await store.close();
    silent.close();
  });

  it("SCALE-3 SYNC-10 on a real server: a lost database answers ops and joins store_unavailable (503 over HTTP), and the client's op stays pending until it is back", async () => {
    const url = await freshPostgresDatabase();
    const target = new URL(url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    target.port = String(proxy.port);
    const pool = openPool(target.toString(), { connectTimeoutMs: 500 });
    await migratePostgres(pool);
    const server = await startTestServer({ store: new PostgresBoardStore(pool, { healthTimeoutMs: 500 }) });
    const { boardId, snapshot } = await createBoard(server.url);
    const columnId = columnsIn(snapshot)[0].id;
    const socket = await connected(rawClient(server.url));
    const client = syncClient(server.url, boardId);
    try {
      expect(await join(socket, { boardId, since: 0 })).toMatchObject({ ok: true });
      expect(await sendOp(socket, "op-before-cut", addCardOp("card-before", columnId, "a0"))).toMatchObject({
        ok: true,
      });
      await waitForState(client.sync, (s) => s.status === "online" && s.revision === 1, "the client joined");

      await proxy.cut();
      const refused = await sendOp(socket, "op-during-cut", addCardOp("card-during", columnId, "a1"));
      expect(refused).toMatchObject({ ok: false, problem: { code: "store_unavailable" } });
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(503);
      const read = await fetch(`${server.url}/api/boards/${boardId}`);
      expect(read.status).toBe(503);
      expect(await read.json()).toMatchObject({ error: { code: "store_unavailable" } });
      const other = await connected(rawClient(server.url));
      expect(await join(other, { boardId, since: null })).toMatchObject({
        ok: false,
        problem: { code: "store_unavailable" },
      });
      other.close();

      // The real client keeps its op and sends it again until the database is back.
      const answered = client.sync.submit(addCardOp("card-pending", columnId, "a2", "Wartet"));
      await waitForState(client.sync, (s) => s.pendingCount === 1 && s.retrying, "the op waits to be sent again");
      expect(client.sync.getState().problems).toEqual([]);
      await proxy.restore();
      expect(await answered).toMatchObject({ ok: true });
      await waitForState(client.sync, (s) => s.pendingCount === 0, "the op is acknowledged");
      const stored = await boardContents(server.store, boardId);
      expect(stored?.cards.map((card) => card.id).sort()).toEqual(["card-before", "card-pending"]);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      client.close();
      socket.close();
      await server.stop();
      await proxy.stop();
    }
  });
});
