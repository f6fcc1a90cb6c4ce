import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BoardSnapshot } from "../../shared/model";
import { cardsOf, syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { freePort, startServerProcess } from "../helpers/serverProcess";
import { cardsIn, columnsIn, createBoard } from "../helpers/testServer";

const folder = mkdtempSync(join(tmpdir(), "themenwand-stop-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a server stopped by its service manager", () => {
  it("OPS-2 SIGTERM under writes: the process exits cleanly, nothing acknowledged is lost, the rest lands after the restart", {
    timeout: 90_000,
  }, async () => {
    const env = { PORT: await freePort(), DATABASE_PATH: join(folder, "board.db") };
    let server = await startServerProcess(env);
    const { boardId, snapshot } = await createBoard(server.url);
    const columnId = columnsIn(snapshot)[0].id;
    const clients = [syncClient(server.url, boardId), syncClient(server.url, boardId)];
    for (const { sync } of clients) await waitForState(sync, (s) => s.status === "online", "online");

    const acknowledged: string[] = [];
    const submitted: string[] = [];
    let writing = true;
    const writers = clients.map(async ({ sync }, c) => {
      for (let i = 0; writing; i++) {
        const id = `card-${c}-${String(i).padStart(4, "0")}`;
        submitted.push(id);
        // Not awaited one by one: several ops are in flight when the signal comes.
        const answer = sync.submit(addCardOp(id, columnId, "a0"));
        void answer.then((response) => response.ok && acknowledged.push(id));
        if (i % 4 === 3) await answer;
      }
    });
    await waitForState(clients[0].sync, (s) => s.revision >= 40, "40 cards in", 20_000);

    await server.stop();
    expect(server.exitCode()).toBe(0);
    const ackedAtStop = [...acknowledged];
    writing = false;

    server = await startServerProcess(env);
    try {
      // A writer may wait for an answer that only the restarted server gives.
      await Promise.all(writers);
      for (const { sync } of clients) {
        await waitForState(sync, (s) => s.status === "online" && s.pendingCount === 0, "everything sent", 30_000);
      }
      const stored = (await (await fetch(`${server.url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
      const ids = new Set(cardsIn(stored).map((card) => card.id));
      for (const id of ackedAtStop) expect(ids.has(id), id).toBe(true);
      // Every op a browser made lands exactly once, acknowledged before the stop or sent again after it.
      expect([...ids].sort()).toEqual([...submitted].sort());
      expect(stored.revision).toBe(submitted.length);
      expect(cardsOf(clients[0].sync)).toEqual(cardsOf(clients[1].sync));
    } finally {
      for (const client of clients) client.close();
      await server.stop();
    }
  });
});
