import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import { PendingOps } from "../../client/sync/pendingOps";
import { memoryStorage } from "../../client/sync/storage";
import { MIN_CLIENT_PROTOCOL, type OpVersions, PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { Op } from "../../shared/ops";
import { cardsOf, connected, join, rawClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile, startTestServer } from "../helpers/testServer";

describe("a page older than the server", () => {
  const server = serverForThisFile();

  it("PROTO-1 older than the server's oldest supported page: told to reload, keeps its unsent ops for the reloaded page, which sends them once", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const storage = memoryStorage();
    // What the old page had queued before the server was updated.
    new PendingOps(storage, boardId).add({
      opId: "op-kept-0001",
      op: addCardOp("card-kept", columnsIn(snapshot)[0].id, "a0"),
    });

    const oldSocket = rawClient(server().url);
    const oldPage = new BoardSync({ socket: oldSocket, boardId, storage, protocol: MIN_CLIENT_PROTOCOL - 1 });
    const failed = await waitForState(oldPage, (state) => state.status === "failed", "told to reload");
    expect(failed.failure?.code).toBe("outdated_client");
    expect(new PendingOps(storage, boardId).list().map((entry) => entry.opId)).toEqual(["op-kept-0001"]);
    expect((await boardContents(server().store, boardId))?.cards).toEqual([]);
    oldPage.stop();
    oldSocket.close();

    const reloadedSocket = rawClient(server().url);
    const reloaded = new BoardSync({ socket: reloadedSocket, boardId, storage, apiBase: server().url });
    await waitForState(reloaded, (state) => state.status === "online", "online");
    await waitForState(reloaded, (state) => state.pendingCount === 0, "sent");
    expect((await boardContents(server().store, boardId))?.cards.map((card) => card.id)).toEqual(["card-kept"]);
    reloaded.stop();
    reloadedSocket.close();
  });

  it("PROTO-1 a server updated to a newer version keeps every page it still understands: no reload", async () => {
    const newer = await startTestServer({ protocol: { version: PROTOCOL_VERSION + 1, minClient: PROTOCOL_VERSION } });
    try {
      const { boardId } = await createBoard(newer.url);
      const socket = await connected(rawClient(newer.url));
      expect(await join(socket, { boardId, since: null, protocol: PROTOCOL_VERSION })).toMatchObject({
        ok: true,
        protocol: PROTOCOL_VERSION + 1,
      });
      socket.close();
    } finally {
      await newer.stop();
      newer.cleanup();
    }
  });
});

describe("a page newer than the server", () => {
  it("PROTO-2 joins, sends the ops the server understands, and holds the newer ones in its outbox until the server is updated", async () => {
    // This page speaks one version more than the server, whose version lacks column.update.
    const pageVersion = PROTOCOL_VERSION + 1;
    const opVersions: OpVersions = { "column.update": pageVersion };
    const original = await startTestServer();
    let server = original;
    const { port, databasePath } = server;
    try {
      const { boardId, snapshot, moderatorKey } = await createBoard(server.url);
      const [first] = columnsIn(snapshot);
      const socket = rawClient(server.url);
      const storage = memoryStorage();
      const page = new BoardSync({
        socket,
        boardId,
        storage,
        moderatorKey,
        protocol: pageVersion,
        opVersions,
        apiBase: server.url,
        ackTimeoutMs: 2_000,
      });
      try {
        await waitForState(page, (state) => state.status === "online", "joined the older server");
        const update: Op = {
          type: "column.update",
          columnId: first.id,
          title: "Energie",
          description: "Wärme und Strom",
          baseVersion: first.version,
        };
        const added = page.submit(addCardOp("card-proto-1", first.id, "a0", "Vorher"));
        const updated = page.submit(update);
        const behind = page.submit(addCardOp("card-proto-2", first.id, "a1", "Danach"));
        expect(await added).toMatchObject({ ok: true });
        // The newer op waits, and what came after it waits behind it (SYNC-15): nothing refused.
        const waiting = await waitForState(page, (state) => state.pendingCount === 2, "the newer op held");
        expect(waiting.problems).toEqual([]);
        expect(cardsOf(page).map((card) => card.id)).toEqual(["card-proto-1", "card-proto-2"]);
        const before = await boardContents(server.store, boardId);
        expect(before?.cards.map((card) => card.id)).toEqual(["card-proto-1"]);
        expect(before?.columns[0].title).toBe(first.title);

        // The server is updated (same database, same port); the page reconnects and sends the rest.
        await server.stop();
        server = await startTestServer({ port, databasePath, protocol: { version: pageVersion, minClient: 1 } });
        expect(await updated).toMatchObject({ ok: true });
        expect(await behind).toMatchObject({ ok: true });
        const after = await boardContents(server.store, boardId);
        expect(after?.columns[0]).toMatchObject({ title: "Energie", description: "Wärme und Strom" });
        expect(after?.cards.map((card) => card.id)).toEqual(["card-proto-1", "card-proto-2"]);
      } finally {
        page.stop();
        socket.close();
      }
    } finally {
      await server.stop();
      original.cleanup();
    }
  });
});
