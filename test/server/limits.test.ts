import Database from "better-sqlite3";
import { io } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Limits } from "../../server/config";
import type { BoardSocket } from "../../server/realtime/types";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { JoinResponse, OpResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { BoardSnapshot } from "../../shared/model";
import {
  connected,
  join,
  rawClient,
  sendOp,
  snapshotOfJoin,
  syncClient,
  waitFor,
  waitForState,
} from "../helpers/clients";
import { addCardOp, moderator } from "../helpers/fixtures";
import {
  boardContents,
  cardsIn,
  columnsIn,
  createBoard,
  startTestServer,
  type TestServer,
} from "../helpers/testServer";

/** Every test here runs its own server with the limits it checks lowered. */
const running: TestServer[] = [];
const sockets: { close(): void }[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) {
    await server.stop();
    server.cleanup();
  }
});

async function serverWith(limits: Partial<Limits>): Promise<TestServer> {
  const server = await startTestServer({ limits });
  running.push(server);
  return server;
}

async function client(server: TestServer, address: string) {
  const socket = rawClient(server.url, address);
  sockets.push(socket);
  return connected(socket);
}

const codeOf = (response: JoinResponse | OpResponse) => (response.ok ? "ok" : response.problem.code);

describe("joins (LIMIT-1)", () => {
  it("LIMIT-1 answers joins over a socket's or an address's budget with rate_limited; other addresses still join", async () => {
    const server = await serverWith({ socketJoinBurst: 3, socketJoinsPerMinute: 1, joinsPerMinute: 5 });
    const { boardId } = await createBoard(server.url);
    const first = await client(server, "203.0.113.1");
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(codeOf(await join(first, { boardId, since: null })));
    expect(answers).toEqual(["ok", "ok", "ok", "rate_limited"]);

    // Same address, fresh sockets: the address has two joins left of its five.
    const more = [];
    for (let i = 0; i < 3; i++)
      more.push(codeOf(await join(await client(server, "203.0.113.1"), { boardId, since: 0 })));
    expect(more).toEqual(["ok", "ok", "rate_limited"]);

    const elsewhere = await client(server, "203.0.113.2");
    expect(codeOf(await join(elsewhere, { boardId, since: null }))).toBe("ok");
  });
});

describe("snapshot joins (LIMIT-1)", () => {
  it("LIMIT-1 a join that asks for a big board's whole snapshot counts one more per 64 KB against its address", async () => {
    const server = await serverWith({ joinsPerMinute: 20, socketJoinBurst: 100 });
    const { boardId, snapshot } = await createBoard(server.url);
    const body = "Beleuchtung ".repeat(400);
    await server.store.commit(
      Array.from({ length: 200 }, (_, i) => {
        const op = addCardOp(`card-big-${i}`, columnsIn(snapshot)[0].id, "a0");
        return { boardId, opId: `op-big-${i}-x`, op: { ...op, content: { ...op.content, body } }, actor: moderator };
      }),
      Date.now(),
    );
    const socket = await client(server, "203.0.113.5");
    // The first is priced as one (no snapshot built yet), the second as one per 64 KB of it (15 for
    // this board's ~1 MB), and the twenty are spent.
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(codeOf(await join(socket, { boardId, since: null })));
    expect(answers).toEqual(["ok", "ok", "rate_limited"]);
    const text = await (await fetch(`${server.url}/api/boards/${boardId}`)).text();
    expect(text.length).toBeGreaterThan(10 * 64 * 1024);
    expect(text.length).toBeLessThan(19 * 64 * 1024);
  });
});

describe("snapshots (LIMIT-2)", () => {
  it("LIMIT-2 builds a board's snapshot once per revision and shares it among joiners and HTTP readers", async () => {
    const server = await serverWith({});
    const { boardId, snapshot, moderatorKey } = await createBoard(server.url);
    const writer = await client(server, "203.0.113.10");
    await join(writer, { boardId, since: 0, moderatorKey });
    await sendOp(writer, "op-snap-0001", addCardOp("card-snap-1", columnsIn(snapshot)[0].id, "a0"));

    // A snapshot is built from the board's records as the store reads them: count those reads.
    let built = 0;
    const { store } = server;
    const readBoard = store.readBoard.bind(store);
    store.readBoard = (id) => {
      built++;
      return readBoard(id);
    };

    const joiners = await Promise.all(Array.from({ length: 8 }, (_, i) => client(server, `203.0.113.${20 + i}`)));
    const answers = await Promise.all(joiners.map((socket) => join(socket, { boardId, since: null })));
    const reads = await Promise.all(
      Array.from({ length: 4 }, async () => (await fetch(`${server.url}/api/boards/${boardId}`)).json()),
    );
    // Long-polling gets the same answer, sent as an ordinary message.
    const polling = io(server.url, { transports: ["polling"], forceNew: true, reconnection: false });
    sockets.push(polling);
    const overPolling = await join(await connected(polling), { boardId, since: null });
    const expected = reads[0] as BoardSnapshot;
    expect(expected).toMatchObject({ boardId, revision: 1 });
    for (const answer of [...answers, overPolling]) expect(snapshotOfJoin(answer)).toEqual(expected);
    for (const read of reads) expect(read).toEqual(expected);
    expect(built).toBe(1);

    // A new revision builds a new one, which has the change in it.
    await sendOp(writer, "op-snap-0002", addCardOp("card-snap-2", columnsIn(snapshot)[0].id, "a1"));
    const after = await join(joiners[0], { boardId, since: null });
    const read = (await (await fetch(`${server.url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
    expect(snapshotOfJoin(after)).toMatchObject({ revision: 2 });
    expect(read).toEqual(snapshotOfJoin(after));
    expect(
      cardsIn(read)
        .map((card) => card.id)
        .sort(),
    ).toEqual(["card-snap-1", "card-snap-2"]);
    expect(built).toBe(2);
  });
});

describe("joins write nothing (LIMIT-3)", () => {
  it("LIMIT-3 joining a board, with or without an author token, writes nothing to the database", async () => {
    const server = await serverWith({});
    const { boardId } = await createBoard(server.url);
    const observer = new Database(server.databasePath, { readonly: true });
    const version = () => observer.pragma("data_version", { simple: true });
    const before = version();
    const tokens: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await join(await client(server, "203.0.113.30"), { boardId, since: null });
      if (answer.ok) tokens.push(answer.authorToken);
    }
    expect(tokens).toHaveLength(5);
    await join(await client(server, "203.0.113.30"), { boardId, since: 0, authorToken: tokens[0] });
    expect(version()).toBe(before);
    observer.close();
  });
});

/** A raw Engine.IO/Socket.IO connection over `ws`, so the test can stop reading from it. */
async function stalledSocket(url: string): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace("http", "ws")}/socket.io/?EIO=4&transport=websocket`, {
    headers: { "x-forwarded-for": "203.0.113.40" },
  });
  sockets.push({ close: () => ws.terminate() });
  await new Promise<void>((resolve, reject) => {
    ws.on("error", reject);
    ws.on("message", (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith("0")) ws.send("40");
      if (text.startsWith("40")) resolve();
    });
  });
  return ws;
}

describe("sockets that do not read (LIMIT-4)", () => {
  it("LIMIT-4 disconnects a socket that stopped reading once its unsent backlog passes the limit; others carry on", async () => {
    const server = await serverWith({ socketBacklogBytes: 1024 * 1024, socketJoinBurst: 100, joinsPerMinute: 1000 });
    const { boardId, snapshot, moderatorKey } = await createBoard(server.url);
    // A board whose snapshot is about 2 MB.
    const columnId = columnsIn(snapshot)[0].id;
    const requests = Array.from({ length: 400 }, (_, i) => {
      const op = addCardOp(`card-big-${i}`, columnId, "a0");
      return {
        boardId,
        opId: `op-big-${i}-x`,
        op: { ...op, content: { ...op.content, body: "Lärmschutz ".repeat(450) } },
        actor: moderator,
      };
    });
    await server.store.commit(requests, Date.now());

    const bystander = await client(server, "203.0.113.41");
    await join(bystander, { boardId, since: 400, moderatorKey });
    const seen: string[] = [];
    server.app.io.on("connection", (socket: BoardSocket) => {
      socket.on("disconnect", (reason) => seen.push(reason));
    });
    const stalled = await stalledSocket(server.url);
    stalled.pause();
    for (let i = 0; i < 30; i++)
      stalled.send(`42${i + 1}["board:join",{"boardId":"${boardId}","since":null,"protocol":${PROTOCOL_VERSION}}]`);
    await waitFor(() => seen.length > 0, "the stalled socket to be dropped", 10_000);
    expect(seen).toEqual(["server namespace disconnect"]);

    expect(await sendOp(bystander, newId(), addCardOp("card-after", columnId, "a0"))).toMatchObject({ ok: true });
    expect(bystander.connected).toBe(true);
  });
});

describe("per-address limits (LIMIT-5)", () => {
  it("LIMIT-5 all sockets of one address share one op budget; another address has its own", async () => {
    const server = await serverWith({ opsPerSecond: 0.001, opsBurst: 10 });
    const { boardId, snapshot } = await createBoard(server.url);
    const columnId = columnsIn(snapshot)[0].id;
    const crowd = await Promise.all(Array.from({ length: 4 }, () => client(server, "203.0.113.50")));
    for (const socket of crowd) await join(socket, { boardId, since: 0 });
    const answers = await Promise.all(
      crowd.flatMap((socket, s) =>
        Array.from({ length: 5 }, (_, i) =>
          sendOp(socket, `op-crowd-${s}-${i}`, addCardOp(`card-c-${s}-${i}`, columnId, "a0")),
        ),
      ),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
    expect(answers.filter((a) => !a.ok).map(codeOf)).toEqual(Array(10).fill("rate_limited"));

    const neighbour = await client(server, "203.0.113.51");
    await join(neighbour, { boardId, since: 0 });
    const own = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        sendOp(neighbour, `op-nb-${i}-xx`, addCardOp(`card-nb-${i}`, columnId, "a0")),
      ),
    );
    expect(own.every((a) => a.ok)).toBe(true);
  });

  it("LIMIT-5 refuses connections over the per-address limit with a clear error, and counts a closed one back", async () => {
    const server = await serverWith({ connectionsPerAddress: 2 });
    const [first] = [await client(server, "203.0.113.60"), await client(server, "203.0.113.60")];
    const third = rawClient(server.url, "203.0.113.60");
    sockets.push(third);
    const error = await new Promise<Error & { data?: unknown }>((resolve) => third.once("connect_error", resolve));
    expect(error.message).toMatch(/too many connections/i);
    expect(error.data).toMatchObject({ code: "rate_limited" });
    third.close();

    await client(server, "203.0.113.61");
    first.close();
    await waitFor(() => server.app.io.engine.clientsCount === 2, "the closed connection to be gone");
    expect((await client(server, "203.0.113.60")).connected).toBe(true);
  });

  it("LIMIT-5 a browser refused for too many connections keeps trying, and joins once a place is free", async () => {
    const server = await serverWith({ connectionsPerAddress: 1 });
    const { boardId } = await createBoard(server.url);
    const first = await client(server, "203.0.113.62");
    const refused = syncClient(server.url, boardId, undefined, "203.0.113.62");
    const errors: unknown[] = [];
    refused.socket.on("connect_error", (error) => errors.push(error));
    await waitFor(() => errors.length > 0, "the refusal");
    expect(refused.sync.getState().status).toBe("connecting");
    first.close();
    await waitForState(refused.sync, (state) => state.status === "online", "joined after the refusal", 15_000);
    refused.close();
  });

  it("LIMIT-5 limits REST writes per address with 429 rate_limited and Retry-After; a moderator key does not lift it", async () => {
    const server = await serverWith({ restWritesPerMinute: 3 });
    const from = (address: string) => ({ "x-forwarded-for": address });
    const { boardId, snapshot, moderatorKey } = await createBoard(
      server.url,
      "stammtisch",
      "Import",
      from("203.0.113.70"),
    );
    const post = (address: string) =>
      fetch(`${server.url}/api/boards/${boardId}/cards`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-moderator-key": moderatorKey, ...from(address) },
        body: JSON.stringify({
          columnId: columnsIn(snapshot)[0].id,
          content: { kind: "topic", title: "Import", body: "", link: null },
        }),
      });
    expect((await post("203.0.113.70")).status).toBe(201);
    expect((await post("203.0.113.70")).status).toBe(201);
    const refused = await post("203.0.113.70");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await boardContents(server.store, boardId))?.cards).toHaveLength(2);

    expect((await fetch(`${server.url}/api/boards/${boardId}`, { headers: from("203.0.113.70") })).status).toBe(200);
    expect((await post("203.0.113.71")).status).toBe(201);
  });

  it("LIMIT-5 limits board creation per address", async () => {
    const server = await serverWith({ boardsPerHour: 2 });
    const create = (address: string) =>
      fetch(`${server.url}/api/boards`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": address },
        body: JSON.stringify({ title: "Noch eins" }),
      });
    expect([(await create("203.0.113.80")).status, (await create("203.0.113.80")).status]).toEqual([201, 201]);
    const refused = await create("203.0.113.80");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await create("203.0.113.81")).status).toBe(201);
  });
});
