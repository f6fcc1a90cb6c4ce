import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OpResponse } from "../../shared/events";
import type { BoardSnapshot } from "../../shared/model";
import { cardsOf, syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { freePort, startServerProcess } from "../helpers/serverProcess";
import { cardsIn, columnsIn, createBoard } from "../helpers/testServer";

const folder = mkdtempSync(join(tmpdir(), "themenwand-crash-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a server killed mid-session", () => {
  it("SYNC-7 SYNC-5 keeps every acknowledged op after kill -9; clients reconnect and converge", async () => {
    const port = await freePort();
    const env = { PORT: port, DATABASE_PATH: join(folder, "crash.db") };
    let server = await startServerProcess(env);
    const { boardId, snapshot, moderatorKey } = await createBoard(server.url);
    const columnId = columnsIn(snapshot)[0].id;
    const a = syncClient(server.url, boardId, moderatorKey);
    const b = syncClient(server.url, boardId);
    await waitForState(a.sync, (s) => s.status === "online", "a online");
    await waitForState(b.sync, (s) => s.status === "online", "b online");

    const acknowledged: OpResponse[] = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).sync.submit(addCardOp(`card-acked-${i}`, columnId, "a0"))),
    );
    expect(acknowledged.every((r) => r.ok)).toBe(true);

    await server.kill9();
    await waitForState(a.sync, (s) => s.status === "offline", "a sees the server gone");
    const duringOutage = [
      a.sync.submit(addCardOp("card-outage-a", columnId, "a0")),
      b.sync.submit(addCardOp("card-outage-b", columnId, "a0")),
    ];

    server = await startServerProcess(env);
    const answers = await Promise.all(duringOutage);
    expect(answers.every((r) => r.ok)).toBe(true);
    await waitForState(
      a.sync,
      (s) => s.status === "online" && s.revision === 32 && s.pendingCount === 0,
      "a converged",
    );
    await waitForState(
      b.sync,
      (s) => s.status === "online" && s.revision === 32 && s.pendingCount === 0,
      "b converged",
    );

    const stored = (await (await fetch(`${server.url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
    expect(stored.revision).toBe(32);
    const storedIds = cardsIn(stored)
      .map((c) => c.id)
      .sort();
    for (let i = 0; i < 30; i++) expect(storedIds).toContain(`card-acked-${i}`);
    expect(storedIds).toContain("card-outage-a");
    expect(cardsOf(a.sync)).toEqual(cardsOf(b.sync));
    expect(
      cardsOf(a.sync)
        .map((c) => c.id)
        .sort(),
    ).toEqual(storedIds);
    a.close();
    b.close();
    await server.kill9();
  });
});
