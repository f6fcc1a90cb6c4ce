import { describe, expect, it } from "vitest";
import { viewOf } from "../../shared/core/recordView";
import type { Card } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { cardsOf, syncClient, waitFor, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

type Client = ReturnType<typeof syncClient>;

async function online(...clients: Client[]) {
  for (const client of clients) await waitForState(client.sync, (s) => s.status === "online", "online");
}

/** What a replica shows of the board's cards and clusters, comparable across replicas. */
function shape(client: Client) {
  const board = client.sync.getState().board;
  const clusters = Object.values(board?.cluster ?? {}).map((record) => ({ id: record.id, version: record.version }));
  const cards = cardsOf(client.sync).map(({ id, columnId, rank, clusterId, merged }) => ({
    id,
    columnId,
    rank,
    clusterId: clusterId ?? null,
    merged: merged ?? [],
  }));
  return { clusters: clusters.sort((a, b) => (a.id < b.id ? -1 : 1)), cards };
}

async function converged(clients: Client[], boardId: string) {
  for (const client of clients) {
    await waitForState(client.sync, (s) => s.pendingCount === 0 && s.status === "online", "all ops answered");
  }
  const target = (await server().store.readBoard(boardId))?.revision;
  for (const client of clients) await waitForState(client.sync, (s) => s.revision === target, "the last revision");
  const shapes = clients.map(shape);
  for (const other of shapes.slice(1)) expect(other).toEqual(shapes[0]);
  return shapes[0];
}

const topic = (title: string, body = "") => ({ kind: "topic" as const, title, body, link: null });

describe("clusters over a real server with several clients", () => {
  it("CLU-3 CLU-4 concurrent adds, removes and moves of clustered cards from several browsers converge", async () => {
    const { boardId, snapshot, moderatorKey } = await createBoard(server().url);
    const [first, second] = columnsIn(snapshot).map((column) => column.id);
    const author = syncClient(server().url, boardId);
    const moderators = [
      syncClient(server().url, boardId, moderatorKey),
      syncClient(server().url, boardId, moderatorKey),
    ];
    const everyone = [author, ...moderators];
    await online(...everyone);
    const ids = ["card-clu-a1", "card-clu-b1", "card-clu-c1", "card-clu-d1", "card-clu-e1"];
    for (const [index, id] of ids.entries()) {
      expect(await author.sync.submit(addCardOp(id, first, `a${index}`))).toMatchObject({ ok: true });
    }
    const create: Op = { type: "cluster.create", clusterId: "clu-real-01", cardIds: ids.slice(0, 2), title: "Rad" };
    expect(await moderators[0].sync.submit(create)).toMatchObject({ ok: true });

    // One moderator is offline while the other and the author change the same cluster.
    moderators[1].socket.disconnect();
    await waitForState(moderators[1].sync, (s) => s.status === "offline", "offline");
    const offline = [
      moderators[1].sync.submit({ type: "cluster.addCard", clusterId: "clu-real-01", cardId: "card-clu-d1" }),
      moderators[1].sync.submit({ type: "cluster.removeCard", cardId: "card-clu-a1" }),
    ];
    const live = await Promise.all([
      moderators[0].sync.submit({ type: "cluster.addCard", clusterId: "clu-real-01", cardId: "card-clu-c1" }),
      author.sync.submit({ type: "card.move", cardId: "card-clu-b1", columnId: second, rank: "a0" }),
      moderators[0].sync.submit({ type: "cluster.addCard", clusterId: "clu-real-01", cardId: "card-clu-e1" }),
    ]);
    for (const answer of live) expect(answer).toMatchObject({ ok: true });
    moderators[1].socket.connect();
    for (const answer of await Promise.all(offline)) expect(answer).toMatchObject({ ok: true });

    const board = await converged(everyone, boardId);
    const members = board.cards.filter((card) => card.clusterId === "clu-real-01").map((card) => card.id);
    expect(members.sort()).toEqual(["card-clu-c1", "card-clu-d1", "card-clu-e1"]);
    expect(board.cards.find((card) => card.id === "card-clu-b1")).toMatchObject({ columnId: second, clusterId: null });
    // The server's records agree with every replica.
    const stored = await server().store.readBoard(boardId);
    const storedMembers = stored?.records.filter((record) => (record as Card).clusterId === "clu-real-01");
    expect(storedMembers?.map((record) => record.id).sort()).toEqual(members);

    // The last cards leaving (a removal, a move away, taking out) remove the cluster everywhere.
    await Promise.all([
      author.sync.submit({ type: "card.remove", cardId: "card-clu-c1" }),
      author.sync.submit({ type: "card.move", cardId: "card-clu-d1", columnId: second, rank: "a5" }),
      moderators[1].sync.submit({ type: "cluster.removeCard", cardId: "card-clu-e1" }),
    ]);
    expect((await converged(everyone, boardId)).clusters).toEqual([]);
    for (const client of everyone) client.close();
  });

  it("CLU-6 a merge of two people's duplicates keeps both texts and both names on every replica", async () => {
    const { boardId, snapshot, moderatorKey } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const anna = syncClient(server().url, boardId);
    const ben = syncClient(server().url, boardId);
    const moderator = syncClient(server().url, boardId, moderatorKey);
    await online(anna, ben, moderator);
    await anna.sync.submit({
      type: "card.add",
      cardId: "card-anna-01",
      columnId,
      rank: "a0",
      authorName: "Anna",
      content: topic("Radwege", "Mehr Radwege in Cottbus"),
    });
    await ben.sync.submit({
      type: "card.add",
      cardId: "card-ben-001",
      columnId,
      rank: "a1",
      authorName: "Ben",
      content: topic("Fahrradstraßen", "Sichere Wege zur Schule"),
    });
    expect(
      await ben.sync.submit({ type: "card.merge", cardId: "card-anna-01", mergedCardId: "card-ben-001" }),
    ).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(
      await moderator.sync.submit({ type: "card.merge", cardId: "card-anna-01", mergedCardId: "card-ben-001" }),
    ).toMatchObject({ ok: true });
    await converged([anna, ben, moderator], boardId);
    for (const client of [anna, ben, moderator]) {
      const cards = viewOf(client.sync.getState().board ?? {}).where<Card>("card", "columnId", columnId);
      expect(cards.map((card) => card.id)).toEqual(["card-anna-01"]);
      expect(cards[0]).toMatchObject({ authorName: "Anna", content: { body: "Mehr Radwege in Cottbus" } });
      expect(cards[0].merged).toEqual([
        {
          authorName: "Ben",
          content: topic("Fahrradstraßen", "Sichere Wege zur Schule"),
          createdAt: expect.any(Number),
        },
      ]);
    }
    // Anna still edits her card; Ben's words stay on it.
    const kept = viewOf(anna.sync.getState().board ?? {}).get<Card>("card", "card-anna-01");
    expect(
      await anna.sync.submit({
        type: "card.edit",
        cardId: "card-anna-01",
        baseVersion: kept?.version ?? 0,
        content: topic("Radwege!", "Mehr Radwege in Cottbus"),
      }),
    ).toMatchObject({ ok: true });
    await waitFor(
      () => (moderator.sync.getState().board?.card?.["card-anna-01"] as Card | undefined)?.content.title === "Radwege!",
      "the edit everywhere",
    );
    expect((moderator.sync.getState().board?.card?.["card-anna-01"] as Card | undefined)?.merged).toHaveLength(1);
    for (const client of [anna, ben, moderator]) client.close();
  });
});
