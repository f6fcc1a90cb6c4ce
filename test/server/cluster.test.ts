import { createHash } from "node:crypto";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import type { Committed } from "../../shared/changes";
import type { OpResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { BoardSnapshot } from "../../shared/model";
import {
  type ClientConnection,
  cardsOf,
  connected,
  join,
  rawClient,
  sendOp,
  syncClient,
  waitFor,
  waitForState,
} from "../helpers/clients";
import { type Cluster, healthOf, startCluster } from "../helpers/cluster";
import { addCardOp } from "../helpers/fixtures";
import { startNginx } from "../helpers/services/nginx";
import { cardsIn, columnsIn, createBoard, startTestServer } from "../helpers/testServer";

/**
 * Two server processes (server/index.ts) on one store, one Redis, nginx in front with
 * deploy/nginx/themenwand.conf. Clients connect through nginx only; a route cookie picks the process.
 */
let cluster: Cluster;
const openClients: { close(): void }[] = [];

beforeAll(async () => {
  cluster = await startCluster({ processes: 2 });
}, 30_000);
afterAll(async () => {
  for (const client of openClients) client.close();
  await cluster?.stop();
});

const processA = () => cluster.instances[0];
const processB = () => cluster.instances[1];
const via = (instance: string): ClientConnection => ({ headers: { cookie: cluster.routeTo(instance) } });

function syncVia(instance: string, boardId: string, moderatorKey?: string) {
  const client = syncClient(cluster.url, boardId, moderatorKey, via(instance));
  openClients.push(client);
  return client;
}

type SyncTestClient = ReturnType<typeof syncVia>;

/** A raw socket through nginx to one process, joined to the board, recording every frame's revisions. */
async function recorderVia(instance: string, boardId: string, since: number) {
  const socket = rawClient(cluster.url, via(instance));
  openClients.push(socket);
  const seen = new Map<number, string>();
  socket.on("changes", (frame: Committed[]) => {
    for (const { revision, opId } of frame) seen.set(revision, opId);
  });
  await connected(socket);
  const answer = await join(socket, { boardId, since });
  expect(answer.ok).toBe(true);
  return { socket, seen };
}

/** The process holding an Engine.IO session: every other one answers "Session ID unknown" (or is gone). */
async function processOf(socket: BoardClientSocket): Promise<string> {
  const sid = socket.io.engine.id;
  const holders: string[] = [];
  for (const [index, server] of cluster.processes.entries()) {
    const answer = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling&sid=${sid}`).catch(() => undefined);
    if (answer && !(await answer.text()).includes("Session ID unknown")) holders.push(cluster.instances[index]);
  }
  expect(holders).toHaveLength(1);
  return holders[0];
}

async function newBoard() {
  const { boardId, snapshot, moderatorKey } = await createBoard(cluster.url);
  return { boardId, moderatorKey, revision: snapshot.revision, columnId: columnsIn(snapshot)[0].id };
}

/** Every client online, at `revision`, nothing pending, showing the same cards. */
async function converged(clients: SyncTestClient[], revision: number, timeoutMs = 15_000) {
  for (const [index, { sync }] of clients.entries()) {
    await waitForState(
      sync,
      (s) => s.status === "online" && s.revision === revision && s.pendingCount === 0,
      `client ${index} at revision ${revision} (it is at ${sync.getState().revision}, ${sync.getState().status}, ${sync.getState().pendingCount} pending)`,
      timeoutMs,
    );
  }
  const first = cardsOf(clients[0].sync);
  for (const { sync } of clients) expect(cardsOf(sync)).toEqual(first);
  return first;
}

async function storedBoard(url: string, boardId: string): Promise<BoardSnapshot> {
  return (await (await fetch(`${url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
}

async function healthy(url: string) {
  return healthOf(url, true);
}

describe("several processes behind nginx", () => {
  it("nginx routes by its cookie: clients land on both processes and stay on theirs", async () => {
    const first = await fetch(`${cluster.url}/api/health`);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^twroute=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Lax$/);
    const route = cookie.split(";")[0];
    const { instance } = (await first.json()) as { instance: string };
    for (let i = 0; i < 5; i++) {
      const again = await fetch(`${cluster.url}/api/health`, { headers: { cookie: route } });
      expect(again.headers.get("set-cookie")).toBeNull();
      expect(((await again.json()) as { instance: string }).instance).toBe(instance);
    }

    const { boardId, revision } = await newBoard();
    const onA = await recorderVia(processA(), boardId, revision);
    const onB = await recorderVia(processB(), boardId, revision);
    expect(await processOf(onA.socket)).toBe(processA());
    expect(await processOf(onB.socket)).toBe(processB());
    expect(processA()).not.toBe(processB());
  });

  it("long-polling works through nginx: every request of a session reaches the process that holds it", async () => {
    const { boardId, revision, columnId } = await newBoard();
    const onA = await recorderVia(processA(), boardId, revision);
    const polling: BoardClientSocket = io(cluster.url, {
      transports: ["polling"],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: cluster.routeTo(processB()) },
    });
    openClients.push(polling);
    let disconnects = 0;
    polling.on("disconnect", () => disconnects++);
    const frames: number[] = [];
    polling.on("changes", (frame: Committed[]) => frames.push(...frame.map((change) => change.revision)));
    await connected(polling);
    expect((await join(polling, { boardId, since: revision })).ok).toBe(true);
    // Each op is a POST, each frame the answer of a GET; a request sent to the other process would
    // be answered "Session ID unknown" and end the session.
    for (let i = 0; i < 5; i++) {
      expect((await sendOp(polling, `op-poll-${i}`, addCardOp(`card-poll-${i}`, columnId, "a0"))).ok).toBe(true);
    }
    await waitFor(() => onA.seen.size === 5, "the other process's client got the polling client's changes");
    await waitFor(() => frames.length === 5, "the polling client got its frames");
    expect(disconnects).toBe(0);
    expect(polling.io.engine.transport.name).toBe("polling");
  });

  it("SCALE-4 a change committed by one process reaches the clients of every process, in one sequence", async () => {
    const { boardId, revision, columnId } = await newBoard();
    const recorders = [
      await recorderVia(processA(), boardId, revision),
      await recorderVia(processA(), boardId, revision),
      await recorderVia(processB(), boardId, revision),
      await recorderVia(processB(), boardId, revision),
    ];
    const sender = recorders[0].socket;
    const answers: OpResponse[] = [];
    for (let i = 0; i < 20; i++)
      answers.push(await sendOp(sender, `op-fanout-${i}`, addCardOp(`card-fanout-${i}`, columnId, "a0")));
    expect(answers.every((answer) => answer.ok)).toBe(true);

    const expected = new Map(Array.from({ length: 20 }, (_, i) => [revision + 1 + i, `op-fanout-${i}`]));
    for (const [index, { seen }] of recorders.entries()) {
      await waitFor(() => seen.size >= 20, `recorder ${index} got every frame`);
      expect(new Map([...seen].sort(([a], [b]) => a - b))).toEqual(expected);
    }
  });

  it("SCALE-1 concurrent ops on one board through both processes: no revision twice, every client converges", async () => {
    const { boardId, revision, columnId, moderatorKey } = await newBoard();
    const clients = [
      syncVia(processA(), boardId, moderatorKey),
      syncVia(processA(), boardId),
      syncVia(processB(), boardId),
      syncVia(processB(), boardId),
    ];
    for (const { sync } of clients) await waitForState(sync, (s) => s.status === "online", "online");
    const perClient = 15;
    const answers = await Promise.all(
      clients.flatMap(({ sync }, c) =>
        Array.from({ length: perClient }, (_, i) => sync.submit(addCardOp(`card-c${c}-${i}`, columnId, "a0"))),
      ),
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const revisions = answers.map((answer) => (answer.ok ? answer.committed.revision : -1)).sort((a, b) => a - b);
    const total = clients.length * perClient;
    expect(revisions).toEqual(Array.from({ length: total }, (_, i) => revision + 1 + i));

    const cards = await converged(clients, revision + total);
    expect(cards).toHaveLength(cardsIn(await storedBoard(cluster.processes[0].url, boardId)).length);
    for (const server of cluster.processes) {
      const stored = await storedBoard(server.url, boardId);
      expect(stored.revision).toBe(revision + total);
      expect(
        cardsIn(stored)
          .map((card) => card.id)
          .sort(),
      ).toEqual(cards.map((card) => card.id));
    }
  });

  it("SCALE-5 the presence count counts the people on the board in every process", async () => {
    const { boardId } = await newBoard();
    const clients = [syncVia(processA(), boardId), syncVia(processA(), boardId), syncVia(processB(), boardId)];
    for (const [index, { sync }] of clients.entries()) {
      await waitForState(
        sync,
        (s) => s.presence === 3,
        `client ${index} counts 3 (it counts ${sync.getState().presence})`,
      );
    }
    const leaving = clients.pop();
    leaving?.close();
    for (const [index, { sync }] of clients.entries()) {
      await waitForState(
        sync,
        (s) => s.presence === 2,
        `client ${index} counts 2 (it counts ${sync.getState().presence})`,
      );
    }
  });

  it("COMOD-3 SCALE-4 a co-moderator link revoked through one process cuts its sockets off on the other at once", async () => {
    const { boardId, moderatorKey } = await newBoard();
    const moderator = rawClient(cluster.url, via(processA()));
    openClients.push(moderator);
    await connected(moderator);
    expect(await join(moderator, { boardId, since: null, moderatorKey })).toMatchObject({ ok: true });
    const secret = newId(43);
    const inviteId = newId();
    const keyHash = createHash("sha256").update(secret).digest("hex");
    const invite = { type: "moderatorInvite.create" as const, inviteId, label: "Ada", keyHash };
    expect(await sendOp(moderator, newId(), invite)).toMatchObject({ ok: true });

    const coModerator = rawClient(cluster.url, via(processB()));
    openClients.push(coModerator);
    const events: string[] = [];
    coModerator.on("moderator:revoked", () => events.push("revoked"));
    coModerator.on("disconnect", (reason) => events.push(reason));
    await connected(coModerator);
    expect(await join(coModerator, { boardId, since: null, moderatorKey: secret })).toMatchObject({
      ok: true,
      role: "moderator",
    });
    expect(await processOf(coModerator)).toBe(processB());
    expect(await processOf(moderator)).toBe(processA());

    expect(await sendOp(moderator, newId(), { type: "moderatorInvite.revoke", inviteId })).toMatchObject({ ok: true });
    await waitFor(() => events.includes("io server disconnect"), "the other process cut the link's socket off");
    expect(events[0]).toBe("revoked");
  });

  it("SCALE-8 health through nginx names the instance, database and Redis; 503 naming Redis while it is down", async () => {
    for (const instance of cluster.instances) {
      const answer = await fetch(`${cluster.url}/api/health`, { headers: { cookie: cluster.routeTo(instance) } });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ status: "ok", database: "ok", redis: "ok", instance });
    }
    await cluster.redis.stop();
    try {
      for (const instance of cluster.instances) {
        const answer = await fetch(`${cluster.url}/api/health`, { headers: { cookie: cluster.routeTo(instance) } });
        expect(answer.status).toBe(503);
        expect(await answer.json()).toEqual({ status: "unavailable", database: "ok", redis: "down", instance });
      }
    } finally {
      await cluster.redis.start();
    }
    for (const server of cluster.processes) expect((await healthy(server.url)).redis).toBe("ok");
  });

  it("SCALE-7 broadcasts resume by themselves after a Redis restart; ops made meanwhile commit and reach everyone", async () => {
    const { boardId, revision, columnId } = await newBoard();
    const clients = [syncVia(processA(), boardId), syncVia(processB(), boardId)];
    const [a, b] = clients;
    await converged(clients, revision);
    const watchA = await recorderVia(processA(), boardId, revision);
    const watchB = await recorderVia(processB(), boardId, revision);
    expect((await a.sync.submit(addCardOp("card-before", columnId, "a0"))).ok).toBe(true);
    await converged(clients, revision + 1);

    await cluster.redis.stop();
    // Committed by the store, not by Redis; each process keeps broadcasting to its own clients.
    const duringOutage = await Promise.all([
      a.sync.submit(addCardOp("card-outage-a1", columnId, "a0")),
      a.sync.submit(addCardOp("card-outage-a2", columnId, "a0")),
      b.sync.submit(addCardOp("card-outage-b", columnId, "a0")),
    ]);
    expect(duringOutage.every((answer) => answer.ok)).toBe(true);
    // A's client saw "before" and A's two ops, not B's; B's client "before" and B's op.
    await waitFor(() => watchA.seen.size === 3 && watchB.seen.size === 2, "local frames during the outage");

    await cluster.redis.start();
    for (const server of cluster.processes) await healthy(server.url);
    // The next frame shows each client the revisions it missed; it catches up (SYNC-4, SYNC-5).
    expect((await b.sync.submit(addCardOp("card-after", columnId, "a0"))).ok).toBe(true);
    await waitFor(() => watchA.seen.has(revision + 5) && watchB.seen.has(revision + 5), "frames across again");
    const cards = await converged(clients, revision + 5);
    expect(cards.map((card) => card.id).sort()).toEqual(
      ["card-after", "card-before", "card-outage-a1", "card-outage-a2", "card-outage-b"].sort(),
    );
  });

  it("SCALE-6 kill -9 of one process: its clients reconnect through nginx to the other, nothing acknowledged is lost or doubled", async () => {
    const { boardId, revision, columnId, moderatorKey } = await newBoard();
    const clients = [
      syncVia(processA(), boardId, moderatorKey),
      syncVia(processA(), boardId),
      syncVia(processB(), boardId),
    ];
    await converged(clients, revision);
    for (const [index, client] of clients.entries()) {
      expect(await processOf(client.socket)).toBe(index < 2 ? processA() : processB());
    }

    const sent: Promise<OpResponse>[] = [];
    const acknowledgedBeforeKill = new Set<string>();
    let killed = false;
    const perClient = 40;
    const posting = (async () => {
      for (let i = 0; i < perClient; i++) {
        for (const [c, { sync }] of clients.entries()) {
          const cardId = `card-kill-c${c}-${i}`;
          const answer = sync.submit(addCardOp(cardId, columnId, "a0"));
          sent.push(answer);
          void answer.then((response) => {
            if (response.ok && !killed) acknowledgedBeforeKill.add(cardId);
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    await waitFor(() => acknowledgedBeforeKill.size >= 30, "some ops acknowledged before the kill");
    await cluster.processes[0].kill9();
    killed = true;
    await posting;

    const answers = await Promise.all(sent);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const total = clients.length * perClient;
    // Exactly once: one revision per op, however often an op was sent again.
    const cards = await converged(clients, revision + total, 20_000);
    expect(cards).toHaveLength(total);
    for (const client of clients) expect(await processOf(client.socket)).toBe(processB());

    const stored = await storedBoard(cluster.processes[1].url, boardId);
    expect(stored.revision).toBe(revision + total);
    const storedIds = cardsIn(stored).map((card) => card.id);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    for (const cardId of acknowledgedBeforeKill) expect(storedIds).toContain(cardId);
    expect(storedIds.sort()).toEqual(cards.map((card) => card.id));
  });
});

describe("deploy/nginx/themenwand.conf", () => {
  it("LIMIT-5 passes the client's address on: the server counts connections by X-Forwarded-For", async () => {
    const server = await startTestServer({ limits: { connectionsPerAddress: 1 } });
    const nginx = await startNginx([`127.0.0.1:${server.port}`]);
    try {
      const first = rawClient(nginx.url, "203.0.113.70");
      const neighbour = rawClient(nginx.url, "203.0.113.71");
      const second = rawClient(nginx.url, "203.0.113.70");
      openClients.push(first, neighbour, second);
      await connected(first);
      await connected(neighbour);
      const refused = await new Promise<Error & { data?: unknown }>((resolve) => second.once("connect_error", resolve));
      expect(refused.data).toMatchObject({ code: "rate_limited" });
      for (const socket of [first, neighbour, second]) socket.close();
    } finally {
      await nginx.stop();
      await server.stop();
      server.cleanup();
    }
  });
});
