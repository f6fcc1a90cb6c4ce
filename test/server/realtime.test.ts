import { describe, expect, it } from "vitest";
import type { BoardServer } from "../../server/realtime/types";
import type { Committed } from "../../shared/changes";
import { withAuthorTag } from "../../shared/core/authorTags";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import { cardsOf, connected, join, rawClient, sendOp, syncClient, waitFor, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

async function joinedClient(boardId: string, extra: { moderatorKey?: string } = {}) {
  const socket = await connected(rawClient(server().url));
  const received: Committed[] = [];
  socket.on("changes", (batch) => received.push(...batch));
  const response = await join(socket, { boardId, since: null, ...extra });
  if (!response.ok) throw new Error(response.problem.message);
  return { socket, received, response: response as Extract<JoinResponse, { ok: true }> };
}

describe("realtime sync over a real server", () => {
  it("SYNC-2 acks the sender and fans the same change out to everyone on the board", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const clients = await Promise.all([joinedClient(boardId), joinedClient(boardId), joinedClient(boardId)]);
    const response = await sendOp(clients[0].socket, "op-fanout-1", addCardOp("card-fan-1", columnId, "a0", "Radweg"));
    expect(response).toMatchObject({ ok: true, committed: { revision: 1, opId: "op-fanout-1" } });
    for (const client of clients) {
      await waitFor(() => client.received.length === 1, "the broadcast");
      expect(client.received[0]).toEqual(response.ok && response.committed);
    }
    for (const client of clients) client.socket.close();
  });

  it("SYNC-4 every client receives concurrent changes as one gap-free run of revisions", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[1].id;
    const clients = await Promise.all([joinedClient(boardId), joinedClient(boardId), joinedClient(boardId)]);
    await Promise.all(
      clients.flatMap((client, c) =>
        Array.from({ length: 20 }, (_, i) =>
          sendOp(client.socket, `op-order-${c}-${i}`, addCardOp(`card-ord-${c}-${i}`, columnId, "a0")),
        ),
      ),
    );
    for (const client of clients) {
      await waitFor(() => client.received.length === 60, "60 changes");
      expect(client.received.map((c) => c.revision)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    }
    expect((await boardContents(server().store, boardId))?.revision).toBe(60);
    for (const client of clients) client.socket.close();
  });

  it("SYNC-3 a retried op id gets the stored result and has no second effect", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const client = await joinedClient(boardId);
    const op = addCardOp("card-retry-1", columnsIn(snapshot)[0].id, "a0");
    const first = await sendOp(client.socket, "op-retry-01", op);
    const second = await sendOp(client.socket, "op-retry-01", op);
    expect(second).toEqual(first);
    expect(await boardContents(server().store, boardId)).toMatchObject({
      revision: 1,
      cards: [{ id: "card-retry-1" }],
    });
    client.socket.close();
  });

  it("SYNC-5 SYNC-6 a client offline while others made 50 changes catches up exactly and sends its own offline ops once", async () => {
    const { boardId, snapshot, moderatorKey } = await createBoard(server().url);
    const [first, second] = [columnsIn(snapshot)[0].id, columnsIn(snapshot)[1].id];
    const online = syncClient(server().url, boardId, moderatorKey);
    const traveller = syncClient(server().url, boardId);
    await waitForState(online.sync, (s) => s.status === "online", "online client joined");
    await waitForState(traveller.sync, (s) => s.status === "online", "traveller joined");

    traveller.socket.disconnect();
    await waitForState(traveller.sync, (s) => s.status === "offline", "traveller offline");
    const made: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) made.push(online.sync.submit(addCardOp(`card-on-${i}`, first, "a0")));
    for (let i = 0; i < 5; i++)
      made.push(online.sync.submit({ type: "card.move", cardId: `card-on-${i}`, columnId: second, rank: "a0" }));
    for (let i = 5; i < 10; i++) made.push(online.sync.submit({ type: "card.remove", cardId: `card-on-${i}` }));
    const answers = await Promise.all(made);
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);

    const offlineOps = [0, 1, 2].map((i) => addCardOp(`card-off-${i}`, second, "a5", `Offline ${i}`));
    const offlineAnswers = offlineOps.map((op) => traveller.sync.submit(op));
    expect(traveller.sync.getState()).toMatchObject({ status: "offline", pendingCount: 3 });
    expect(cardsOf(traveller.sync).map((c) => c.id)).toEqual(["card-off-0", "card-off-1", "card-off-2"]);

    traveller.socket.connect();
    await Promise.all(offlineAnswers);
    await waitForState(traveller.sync, (s) => s.pendingCount === 0 && s.revision === 53, "traveller caught up");
    await waitForState(online.sync, (s) => s.revision === 53, "online client saw the offline ops");
    const serverCards = (await boardContents(server().store, boardId))?.cards.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(serverCards).toHaveLength(38);
    // Clients hold the cards as they left the server: author ids as per-record tags (ANON-1).
    const shownCards = serverCards?.map((card) => withAuthorTag(card));
    expect(cardsOf(traveller.sync)).toEqual(shownCards);
    expect(cardsOf(online.sync)).toEqual(shownCards);
    expect(serverCards?.filter((c) => c.id.startsWith("card-off"))).toHaveLength(3);
    online.close();
    traveller.close();
  });

  it("SYNC-4 a client that missed a broadcast notices the gap and resyncs", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const watcher = syncClient(server().url, boardId);
    await waitForState(watcher.sync, (s) => s.status === "online", "joined");
    // Drop one frame on the floor, as a lost message would.
    const originalEmit = server().app.io.to.bind(server().app.io);
    let dropped = false;
    server().app.io.to = ((room: string) => {
      const target = originalEmit(room);
      if (dropped) return target;
      dropped = true;
      return { emit: () => true } as unknown as ReturnType<typeof originalEmit>;
    }) as BoardServer["to"];
    const writer = await joinedClient(boardId);
    await sendOp(writer.socket, "op-gap-0001", addCardOp("card-gap-1", columnsIn(snapshot)[0].id, "a0"));
    server().app.io.to = originalEmit as BoardServer["to"];
    await sendOp(writer.socket, "op-gap-0002", addCardOp("card-gap-2", columnsIn(snapshot)[0].id, "a1"));
    await waitForState(watcher.sync, (s) => s.revision === 2, "resynced past the gap");
    expect(cardsOf(watcher.sync).map((c) => c.id)).toEqual(["card-gap-1", "card-gap-2"]);
    watcher.close();
    writer.socket.close();
  });

  it("SYNC-5 a first load takes the compressed snapshot over HTTP, then joins with its revision", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const writer = await joinedClient(boardId);
    await sendOp(writer.socket, "op-first-001", addCardOp("card-first-1", columnsIn(snapshot)[0].id, "a0"));
    const joins: unknown[] = [];
    const spy = (socket: import("socket.io").Socket) =>
      socket.use(([event, payload], next) => {
        if (event === "board:join") joins.push(payload);
        next();
      });
    server().app.io.on("connection", spy);
    const reader = syncClient(server().url, boardId);
    await waitForState(reader.sync, (s) => s.status === "online", "joined");
    server().app.io.off("connection", spy);
    expect(joins).toEqual([expect.objectContaining({ boardId, since: 1 })]);
    expect(cardsOf(reader.sync).map((c) => c.id)).toEqual(["card-first-1"]);
    reader.close();
    writer.socket.close();
  });

  it("SYNC-5 a join answered with a passing failure (the server shutting down) is asked again, not given up", async () => {
    const { boardId } = await createBoard(server().url);
    let refused = 0;
    const refuseFirstJoin = (socket: import("socket.io").Socket) =>
      socket.prependAny((event: string, _request: unknown, ack: unknown) => {
        if (event !== "board:join" || refused > 0 || typeof ack !== "function") return;
        refused++;
        // Answer before the real handler does; its later answer is dropped by Socket.IO (one ack per id).
        ack({ ok: false, problem: { code: "internal", message: "shutting down" } });
      });
    server().app.io.on("connection", refuseFirstJoin);
    const client = syncClient(server().url, boardId);
    await waitForState(client.sync, (s) => s.status === "online", "online after a retried join");
    server().app.io.off("connection", refuseFirstJoin);
    expect(refused).toBe(1);
    expect(client.sync.getState().failure).toBeNull();
    client.close();
  });

  it("PRES-1 tells everyone on the board how many people are there", async () => {
    const { boardId } = await createBoard(server().url);
    const a = syncClient(server().url, boardId);
    const b = syncClient(server().url, boardId);
    await waitForState(a.sync, (s) => s.presence === 2, "two present");
    b.close();
    await waitForState(a.sync, (s) => s.presence === 1, "one present after leaving");
    a.close();
  });

  it("AUTH-1 AUTH-2 a moderator key gives moderator rights; an author token keeps authorship across reconnects", async () => {
    const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
    const moderatorSocket = await joinedClient(boardId, { moderatorKey });
    expect(moderatorSocket.response.role).toBe("moderator");
    expect(
      await sendOp(moderatorSocket.socket, newId(), {
        type: "column.add",
        columnId: "col-new-01",
        title: "AG Wasser",
        description: "",
        rank: "b0",
      }),
    ).toMatchObject({ ok: true });

    const alice = await joinedClient(boardId);
    expect(alice.response.role).toBe("participant");
    await sendOp(alice.socket, newId(), addCardOp("card-alice-1", columnsIn(snapshot)[0].id, "a0"));
    alice.socket.close();

    const aliceAgain = await connected(rawClient(server().url));
    const rejoined = await join(aliceAgain, { boardId, since: 2, authorToken: alice.response.authorToken });
    expect(rejoined).toMatchObject({
      ok: true,
      authorId: alice.response.authorId,
      catchUp: { kind: "changes", changes: [] },
    });
    const edit = {
      type: "card.edit" as const,
      cardId: "card-alice-1",
      baseVersion: 1,
      content: { kind: "topic" as const, title: "Neu", body: "", link: null },
    };
    expect(await sendOp(aliceAgain, newId(), edit)).toMatchObject({ ok: true });

    const bob = await joinedClient(boardId);
    expect(bob.response.authorId).not.toBe(alice.response.authorId);
    expect(await sendOp(bob.socket, newId(), { ...edit, baseVersion: 2 })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(await sendOp(bob.socket, newId(), { type: "column.remove", columnId: "col-new-01" })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    for (const socket of [moderatorSocket.socket, aliceAgain, bob.socket]) socket.close();
  });
});
