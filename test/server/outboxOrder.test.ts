import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import { type KeyValueStorage, memoryStorage, type StorageWatch } from "../../client/sync/storage";
import type { OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { cardsOf, connected, join, rawClient, sendOp, syncClient, waitFor, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

// Two ops at once per address, then one every half second: a test spends the burst on purpose.
const server = serverForThisFile({ limits: { opsBurst: 2, opsPerSecond: 2 } });

const moveOp = (cardId: string, columnId: string, rank: string): Op => ({ type: "card.move", cardId, columnId, rank });
const editOp = (cardId: string, title: string, baseVersion: number): Op => ({
  type: "card.edit",
  cardId,
  baseVersion,
  content: { kind: "topic", title, body: "", link: null },
});

/** Makes the store's next commit fail (a passing failure: every op of it is answered `internal`). */
function failNextCommit() {
  const store = server().store;
  const realCommit = store.commit.bind(store);
  let failed = 0;
  store.commit = async (requests, now) => {
    if (failed === 0) {
      failed++;
      throw new Error("the disk hiccups once");
    }
    return realCommit(requests, now);
  };
  return {
    get failed() {
      return failed;
    },
    restore: () => {
      store.commit = realCommit;
    },
  };
}

describe("the outbox keeps its order against a real server", () => {
  it("SYNC-15 a move and an edit made while an added card waits for its retry land after it, none refused", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const [first, second] = columnsIn(snapshot);
    const client = syncClient(server().url, boardId);
    await waitForState(client.sync, (s) => s.status === "online", "joined");
    const hiccup = failNextCommit();
    try {
      const added = client.sync.submit(addCardOp("card-order-1", first.id, "a0", "Wärmeplanung"));
      await waitForState(client.sync, (s) => s.retrying, "the add waits for its retry");
      expect(hiccup.failed).toBe(1);
      // The user goes on with the card they see: moves it, then edits it (based on the add's version 1).
      const moved = client.sync.submit(moveOp("card-order-1", second.id, "a0"));
      const edited = client.sync.submit(editOp("card-order-1", "Kommunale Wärmeplanung", 1));
      const answers = await Promise.all([added, moved, edited]);
      expect(answers.map((answer) => answer.ok)).toEqual([true, true, true]);
      const stored = await boardContents(server().store, boardId);
      expect(stored?.cards).toMatchObject([
        { id: "card-order-1", columnId: second.id, content: { title: "Kommunale Wärmeplanung" } },
      ]);
      expect(client.sync.getState().problems).toEqual([]);
    } finally {
      hiccup.restore();
      client.close();
    }
  });

  it("SYNC-15 SYNC-11 a tab's move of a card that another tab's add is waiting for lands after the add", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const [first, second] = columnsIn(snapshot);
    const browser = sharedStorage();
    const tabs = [0, 1].map(() => {
      const socket = rawClient(server().url, "10.15.0.3");
      const { storage, watchStorage } = browser.tab();
      const sync = new BoardSync({
        socket,
        boardId,
        storage,
        watchStorage,
        ackTimeoutMs: 2_000,
        apiBase: server().url,
      });
      return { socket, sync };
    });
    const [tabA, tabB] = tabs;
    for (const { sync } of tabs) await waitForState(sync, (s) => s.status === "online", "joined");
    const hiccup = failNextCommit();
    try {
      const added = tabA.sync.submit(addCardOp("card-tabs-01", first.id, "a0", "Aus Tab A"));
      await waitForState(tabA.sync, (s) => s.retrying, "tab A's add waits for its retry");
      // Tab B shows the waiting card (the storage event) and moves it: its outbox holds the add first.
      await waitFor(() => cardsOf(tabB.sync).some((card) => card.id === "card-tabs-01"), "tab B shows the card");
      const moved = await tabB.sync.submit(moveOp("card-tabs-01", second.id, "a0"));
      expect(moved).toMatchObject({ ok: true });
      expect(await added).toMatchObject({ ok: true });
      const stored = await boardContents(server().store, boardId);
      expect(stored?.cards).toMatchObject([{ id: "card-tabs-01", columnId: second.id }]);
      for (const { sync } of tabs) {
        await waitForState(sync, (s) => s.pendingCount === 0, "settled");
        expect(sync.getState().problems).toEqual([]);
      }
    } finally {
      hiccup.restore();
      for (const { sync, socket } of tabs) {
        sync.stop();
        socket.close();
      }
    }
  });

  it("SYNC-15 LIMIT-5 after a socket's op is refused for its rate, its later ops are refused too until the refused one comes again", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const socket = await connected(rawClient(server().url, "10.15.0.1"));
    expect(await join(socket, { boardId, since: 0 })).toMatchObject({ ok: true });
    // Pipelined: two go through on the burst, the third (the card's add) is refused.
    const burst = await Promise.all([
      sendOp(socket, "op-order-a1", addCardOp("card-order-a", columnId, "a0")),
      sendOp(socket, "op-order-b1", addCardOp("card-order-b", columnId, "a1")),
      sendOp(socket, "op-order-c1", addCardOp("card-order-c", columnId, "a2")),
    ]);
    expect(burst.map(codeOf)).toEqual(["ok", "ok", "rate_limited"]);
    // The address's budget refills (a token every half second); a later op (the card's move) still
    // must not overtake the refused add, which the client sends again first.
    await pause(1_200);
    expect(codeOf(await sendOp(socket, "op-order-c2", moveOp("card-order-c", columnId, "a3")))).toBe("rate_limited");
    await pause(600);
    expect(codeOf(await sendOp(socket, "op-order-c1", addCardOp("card-order-c", columnId, "a2")))).toBe("ok");
    await pause(600);
    expect(codeOf(await sendOp(socket, "op-order-c2", moveOp("card-order-c", columnId, "a3")))).toBe("ok");
    const stored = await boardContents(server().store, boardId);
    expect(stored?.cards.map((card) => [card.id, card.rank])).toEqual([
      ["card-order-a", "a0"],
      ["card-order-b", "a1"],
      ["card-order-c", "a3"],
    ]);
    socket.close();
  });

  it("SYNC-15 SYNC-14 ops that queued behind a commit that failed fail with it, so none overtakes it", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const socket = await connected(rawClient(server().url, "10.15.0.2"));
    expect(await join(socket, { boardId, since: 0 })).toMatchObject({ ok: true });
    const store = server().store;
    const realCommit = store.commit.bind(store);
    let release = () => {};
    let commits = 0;
    store.commit = async (requests, now) => {
      if (++commits > 1) return realCommit(requests, now);
      // The first commit hangs (a busy disk) and then fails; the move arrives meanwhile.
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      throw new Error("the disk gives up on this transaction");
    };
    try {
      const added = sendOp(socket, "op-queued-add1", addCardOp("card-queued-1", columnId, "a0"));
      await waitFor(() => commits === 1, "the add's commit started");
      const moved = sendOp(socket, "op-queued-mov1", moveOp("card-queued-1", columnId, "a5"));
      // The move is queued behind the hanging commit once the server has read it: a join answer
      // on the same socket comes after it.
      expect(await join(socket, { boardId, since: 0 })).toMatchObject({ ok: true });
      release();
      expect(codeOf(await added)).toBe("internal");
      expect(codeOf(await moved)).not.toBe("ok");
      expect(codeOf(await moved)).not.toBe("not_found");
      expect((await boardContents(store, boardId))?.cards).toEqual([]);
    } finally {
      store.commit = realCommit;
      socket.close();
    }
  });
});

/** One browser's storage, shared by its tabs; each tab hears the others' writes, as from `storage` events. */
function sharedStorage() {
  const items = memoryStorage();
  const listeners = new Map<number, (key: string | null) => void>();
  let tabs = 0;
  return {
    tab() {
      const self = tabs++;
      const tell = (key: string) => {
        for (const [tab, listener] of listeners) if (tab !== self) setTimeout(() => listener(key), 0);
      };
      const storage: KeyValueStorage = {
        getItem: (key) => items.getItem(key),
        setItem: (key, value) => {
          items.setItem(key, value);
          tell(key);
        },
        removeItem: (key) => {
          items.removeItem(key);
          tell(key);
        },
        get length() {
          return items.length;
        },
        key: (index) => items.key?.(index) ?? null,
      };
      const watchStorage: StorageWatch = (onChange) => {
        listeners.set(self, onChange);
        return () => listeners.delete(self);
      };
      return { storage, watchStorage };
    },
  };
}

/** Lets the address's token bucket refill: a wait, never an assertion about time. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const codeOf = (answer: OpResponse) => (answer.ok ? "ok" : answer.problem.code);
