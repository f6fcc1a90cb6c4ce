import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roomOf } from "../../server/realtime/audiences";
import { createPresence, type Presence } from "../../server/realtime/presence";
import { connectRedis, type RedisLink } from "../../server/realtime/redisAdapter";
import type { BoardServer } from "../../server/realtime/types";
import { waitFor } from "../helpers/clients";
import { type RedisService, startRedis } from "../helpers/services/redis";
import { startTcpProxy } from "../helpers/services/tcpProxy";

/**
 * Presence shared between processes (SCALE-5), with a short heartbeat: two Socket.IO servers in this
 * process on one Redis, each counting its own room and adding what the other reports.
 */
const BOARD = "board-presence-01";
const HEARTBEAT_MS = 100;
const EXPIRE_MS = 300;

interface Process {
  io: BoardServer;
  link: RedisLink;
  presence: Presence;
  url: string;
}

let redis: RedisService;
const processes: Process[] = [];
const clients: { socket: Socket; counts: number[] }[] = [];
let lineToB: Awaited<ReturnType<typeof startTcpProxy>>;

async function startProcess(redisUrl: string): Promise<Process> {
  const link = connectRedis(redisUrl, () => undefined);
  const httpServer = createServer();
  const io: BoardServer = new Server(httpServer, { adapter: link.adapter });
  const presence = createPresence(io, { intervalMs: 20, shared: { heartbeatMs: HEARTBEAT_MS, expireMs: EXPIRE_MS } });
  io.on("connection", (socket) => {
    // A browser's author id on the board, as a join sets it (PRES-3); a socket without one counts alone.
    const author: unknown = socket.handshake.auth.author;
    if (typeof author === "string") socket.data.authorId = author;
    socket.join(roomOf(BOARD));
    presence.changed(BOARD);
    socket.on("disconnect", () => presence.changed(BOARD));
  });
  await new Promise<void>((done) => httpServer.listen(0, "127.0.0.1", done));
  await waitFor(async () => await link.isHealthy(), "Redis connected");
  return { io, link, presence, url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}` };
}

function person(process: Process, author?: string) {
  const socket = connect(process.url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    ...(author ? { auth: { author } } : {}),
  });
  const client = { socket, counts: [] as number[] };
  socket.on("presence", ({ count }: { count: number }) => client.counts.push(count));
  clients.push(client);
  return client;
}

const lastCount = (client: { counts: number[] }) => client.counts.at(-1);

beforeAll(async () => {
  redis = await startRedis();
  // b reaches Redis through a proxy that can be cut: b goes silent, as a process killed with -9 does.
  lineToB = await startTcpProxy({ host: "127.0.0.1", port: redis.port });
  processes.push(await startProcess(redis.url), await startProcess(`redis://127.0.0.1:${lineToB.port}`));
});
afterAll(async () => {
  for (const { socket } of clients) socket.close();
  for (const { io, link, presence } of processes) {
    presence.stop();
    await io.close();
    await link.close();
  }
  await lineToB?.stop();
  await redis?.close();
});

describe("presence across processes (SCALE-5)", () => {
  it("PRES-4 SCALE-5 each process counts browsers, not tabs, and the processes' counts add up", async () => {
    const [a, b] = processes;
    const tabs = [person(a, "browser-x"), person(a, "browser-x")];
    const others = [person(b, "browser-y"), person(b)];
    const everyone = [...tabs, ...others];
    await waitFor(() => everyone.every((client) => lastCount(client) === 3), "everyone sees 3 browsers, not 4 tabs");
    tabs[0].socket.close();
    others[1].socket.close();
    await waitFor(() => [tabs[1], others[0]].every((client) => lastCount(client) === 2), "two browsers left");
    tabs[1].socket.close();
    others[0].socket.close();
    await waitFor(
      () => [a, b].every((process) => (process.io.sockets.adapter.rooms.get(roomOf(BOARD))?.size ?? 0) === 0),
      "all gone",
    );
  });

  it("SCALE-5 counts every process's people, ignores a malformed report and forgets a process that died", async () => {
    const [a, b] = processes;
    const onA = [person(a), person(a)];
    const onB = person(b);
    await waitFor(() => [...onA, onB].every((client) => lastCount(client) === 3), "everyone sees 3");

    // A report that is not one (a different version, a bug) changes nothing and stops nothing.
    b.io.serverSideEmit("presence:counts", { from: "someone", full: true, counts: null } as never);
    b.io.serverSideEmit("presence:counts", { from: "someone", full: false, counts: { [BOARD]: "5" } } as never);
    const late = person(a);
    await waitFor(() => [...onA, late].every((client) => lastCount(client) === 4), "everyone on a sees 4");
    late.socket.close();
    await waitFor(() => onA.every((client) => lastCount(client) === 3), "back to 3");
    const told = clients.flatMap((client) => client.counts);
    expect(told.filter((count) => !Number.isInteger(count) || count < 1 || count > 4)).toEqual([]);

    // b falls silent (its line to Redis is cut); a stops counting b's person once b has not been
    // heard of for EXPIRE_MS.
    const died = Date.now();
    await lineToB.cut();
    await waitFor(() => onA.every((client) => lastCount(client) === 2), "a forgets b's person", 5_000);
    expect(Date.now() - died).toBeGreaterThanOrEqual(EXPIRE_MS - HEARTBEAT_MS);
  });
});
