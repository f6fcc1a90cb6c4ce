import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import { memoryStorage } from "../../client/sync/storage";
import type { SyncState } from "../../client/sync/syncState";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

type Client = ReturnType<typeof syncClient>;

async function online(...clients: Client[]) {
  for (const client of clients) await waitForState(client.sync, (s) => s.status === "online", "online");
}

async function offline(client: Client) {
  client.socket.disconnect();
  await waitForState(client.sync, (s) => s.status === "offline", "offline");
}

/** The three kinds of text edit, each with a way to make one, to read the server's text, and its version. */
const EDITS = {
  "card.edit": {
    edit: (ids: Ids, text: string, baseVersion: number): Op => ({
      type: "card.edit",
      cardId: ids.cardId,
      baseVersion,
      content: { kind: "topic", title: "Wärmeplanung", body: text, link: null },
    }),
    stored: async (ids: Ids) => {
      const card = (await contents(ids)).cards.find((c) => c.id === ids.cardId);
      return { text: card?.content.body, version: card?.version };
    },
  },
  "board.update": {
    edit: (_ids: Ids, text: string, baseVersion: number): Op => ({
      type: "board.update",
      title: "Stammtisch",
      description: text,
      baseVersion,
    }),
    stored: async (ids: Ids) => {
      const { board } = await contents(ids);
      return { text: board?.description, version: board?.version };
    },
  },
  "column.rename": {
    edit: (ids: Ids, text: string, baseVersion: number): Op => ({
      type: "column.rename",
      columnId: ids.columnId,
      title: text,
      baseVersion,
    }),
    stored: async (ids: Ids) => {
      const column = (await contents(ids)).columns.find((c) => c.id === ids.columnId);
      return { text: column?.title, version: column?.version };
    },
  },
  "column.update": {
    edit: (ids: Ids, text: string, baseVersion: number): Op => ({
      type: "column.update",
      columnId: ids.columnId,
      title: "Energie",
      description: text,
      baseVersion,
    }),
    stored: async (ids: Ids) => {
      const column = (await contents(ids)).columns.find((c) => c.id === ids.columnId);
      return { text: column?.description, version: column?.version };
    },
  },
} as const;

/** What the server's store holds for the test's board. */
async function contents(ids: Ids) {
  const board = await boardContents(server().store, ids.boardId);
  if (!board) throw new Error(`board ${ids.boardId} is gone`);
  return board;
}

interface Ids {
  boardId: string;
  columnId: string;
  cardId: string;
}

/** A board with one card; `author` (a moderator, so all three edits are theirs to make) wrote it. */
async function boardWithCard() {
  const { boardId, snapshot, moderatorKey } = await createBoard(server().url);
  const author = syncClient(server().url, boardId, moderatorKey);
  const other = syncClient(server().url, boardId, moderatorKey);
  await online(author, other);
  const columnId = columnsIn(snapshot)[0].id;
  const added = await author.sync.submit(addCardOp("card-chain-1", columnId, "a0", "Wärmeplanung"));
  expect(added.ok).toBe(true);
  await waitForState(other.sync, (s) => s.revision === 1, "the other saw the card");
  return { ids: { boardId, columnId, cardId: "card-chain-1" }, author, other };
}

describe("the client's outbox against a real server", () => {
  for (const kind of Object.keys(EDITS) as (keyof typeof EDITS)[]) {
    const { edit, stored } = EDITS[kind];

    it(`SYNC-9 ${kind}: two offline edits in a row never overwrite what someone else saved meanwhile`, async () => {
      const { ids, author, other } = await boardWithCard();
      const base = (await stored(ids)).version as number;
      await offline(author);
      // Offline, the author saves twice; the second save is based on the first one's predicted version.
      void author.sync.submit(edit(ids, "Meine erste Fassung", base));
      void author.sync.submit(edit(ids, "Meine zweite Fassung", base + 1));
      // Meanwhile someone else saves, so the server's next version is theirs.
      expect(await other.sync.submit(edit(ids, "Fassung der anderen", base))).toMatchObject({ ok: true });

      author.socket.connect();
      const state = await waitForState(
        author.sync,
        (s) => s.status === "online" && s.problems.length === 1 && s.pendingCount === 0,
        "the author's conflict",
      );
      // The other person's words stand; the author's newest words come back to them with the conflict.
      expect(await stored(ids)).toEqual({ text: "Fassung der anderen", version: base + 1 });
      const [{ opId, op, problem }] = state.problems;
      expect(problem.code).toBe("conflict");
      expect(op).toEqual(edit(ids, "Meine zweite Fassung", base + 1));
      expect(problem.current).toMatchObject({ version: base + 1 });

      // Saving from the conflict view: a fresh edit based on the server's current version wins, once.
      author.sync.dismissProblem(opId);
      expect(await author.sync.submit(edit(ids, "Zusammengeführt", base + 1))).toMatchObject({ ok: true });
      expect(await stored(ids)).toEqual({ text: "Zusammengeführt", version: base + 2 });
      expect(author.sync.getState().pendingCount).toBe(0);
      author.close();
      other.close();
    });

    it(`SYNC-9 ${kind}: two offline edits in a row both land when nobody else saved`, async () => {
      const { ids, author, other } = await boardWithCard();
      const base = (await stored(ids)).version as number;
      await offline(author);
      const first = author.sync.submit(edit(ids, "Erste", base));
      const second = author.sync.submit(edit(ids, "Zweite", base + 1));
      author.socket.connect();
      expect(await first).toMatchObject({ ok: true });
      expect(await second).toMatchObject({ ok: true });
      expect(await stored(ids)).toEqual({ text: "Zweite", version: base + 2 });
      author.close();
      other.close();
    });
  }

  it("SYNC-9 COL-4 a column.update made on a pending column.rename (say, an older page's stored op) waits for it and lands on top", async () => {
    const { ids, author, other } = await boardWithCard();
    const base = (await EDITS["column.rename"].stored(ids)).version as number;
    await offline(author);
    const rename = author.sync.submit(EDITS["column.rename"].edit(ids, "Wärme", base));
    const update = author.sync.submit(EDITS["column.update"].edit(ids, "Bürgerenergie und Wärmeplanung", base + 1));
    author.socket.connect();
    expect(await rename).toMatchObject({ ok: true });
    expect(await update).toMatchObject({ ok: true });
    const column = (await contents(ids)).columns.find((c) => c.id === ids.columnId);
    expect(column).toMatchObject({
      title: "Energie",
      description: "Bürgerenergie und Wärmeplanung",
      version: base + 2,
    });
    author.close();
    other.close();
  });

  it("SYNC-10 an op answered with a passing failure (internal) stays pending and lands exactly once", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const client = syncClient(server().url, boardId);
    await waitForState(client.sync, (s) => s.status === "online", "joined");
    const store = server().store;
    const realCommit = store.commit.bind(store);
    let failures = 0;
    store.commit = async (requests, now) => {
      if (failures === 0) {
        failures++;
        throw new Error("the disk hiccups once");
      }
      return realCommit(requests, now);
    };
    const seen: SyncState[] = [];
    const unsubscribe = client.sync.subscribe(() => seen.push(client.sync.getState()));
    try {
      const answer = await client.sync.submit(addCardOp("card-hiccup-1", columnsIn(snapshot)[0].id, "a0", "Bleibt"));
      expect(failures).toBe(1);
      expect(answer).toMatchObject({ ok: true });
      // While the failure lasted the op was shown as waiting, never as refused.
      expect(seen.some((s) => s.pendingCount === 1 && s.retrying)).toBe(true);
      expect(seen.every((s) => s.problems.length === 0)).toBe(true);
      const stored = await boardContents(server().store, boardId);
      expect(stored?.cards.map((c) => c.content.title)).toEqual(["Bleibt"]);
      expect(stored?.revision).toBe(1);
      await waitForState(client.sync, (s) => s.pendingCount === 0 && !s.retrying, "settled");
    } finally {
      store.commit = realCommit;
      unsubscribe();
      client.close();
    }
  });

  it("SYNC-10 SYNC-13 an op whose id someone else used is answered op_id_reused: final, it ends and is not sent again", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const opId = "op-reused-000001";
    const someone = await connected(rawClient(server().url));
    expect(await join(someone, { boardId, since: null })).toMatchObject({ ok: true });
    expect(await sendOp(someone, opId, addCardOp("card-theirs-1", columnId, "a0", "Ihre"))).toMatchObject({ ok: true });
    // This browser kept an op under the same id (say, from an earlier session).
    const storage = memoryStorage();
    const key = `themenwand:op:${boardId}:${opId}`;
    storage.setItem(key, JSON.stringify({ opId, op: addCardOp("card-mine-01", columnId, "a1", "Meine"), seq: 1 }));
    const socket = rawClient(server().url);
    const sync = new BoardSync({ socket, boardId, storage, ackTimeoutMs: 2_000, apiBase: server().url });
    try {
      const state = await waitForState(sync, (s) => s.status === "online" && s.problems.length === 1, "the refusal");
      expect(state.problems[0]).toMatchObject({ opId, problem: { code: "op_id_reused" } });
      expect(state.pendingCount).toBe(0);
      expect(state.retrying).toBe(false);
      expect(storage.getItem(key)).toBeNull();
      const stored = await boardContents(server().store, boardId);
      expect(stored?.cards.map((c) => c.content.title)).toEqual(["Ihre"]);
    } finally {
      sync.stop();
      socket.close();
      someone.close();
    }
  });
});
