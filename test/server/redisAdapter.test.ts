import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedis, type RedisLink } from "../../server/realtime/redisAdapter";
import { waitFor } from "../helpers/clients";
import { type RedisService, startRedis } from "../helpers/services/redis";

/**
 * The Redis link on its own: two Socket.IO servers in this process sharing one Redis, one client on
 * each. What the adapter does when Redis goes away depends on node-redis's settings (see
 * server/realtime/redisAdapter.ts); these are the behaviours SCALE-7 relies on.
 */
let redis: RedisService;
const servers: { io: Server; link: RedisLink; client: Socket; got: number[] }[] = [];
const logged: string[] = [];

beforeAll(async () => {
  redis = await startRedis();
  for (let i = 0; i < 2; i++) {
    const link = connectRedis(redis.url, (line) => logged.push(line));
    const httpServer = createServer();
    const io = new Server(httpServer, { adapter: link.adapter });
    await new Promise<void>((done) => httpServer.listen(0, "127.0.0.1", done));
    const client = connect(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, {
      transports: ["websocket"],
      forceNew: true,
    });
    const got: number[] = [];
    client.on("n" as never, (n: number) => {
      got.push(n);
    });
    servers.push({ io, link, client, got });
  }
  for (const { link, client } of servers) {
    await waitFor(() => client.connected, "client connected");
    await waitFor(async () => await link.isHealthy(), "Redis connected");
  }
});
afterAll(async () => {
  for (const { io, link, client } of servers) {
    client.close();
    await io.close();
    await link.close();
  }
  await redis?.close();
});

async function settled(check: () => Promise<boolean>, what: string) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("Socket.IO's Redis Streams adapter through connectRedis", () => {
  it("SCALE-7 keeps local broadcasts going while Redis is down and resumes crossing after it restarts", async () => {
    const [a, b] = servers;
    a.io.emit("n" as never, 1);
    await waitFor(() => a.got.includes(1) && b.got.includes(1), "a broadcast reaching both processes");

    await redis.stop();
    await settled(async () => !(await a.link.isHealthy(200)), "health to see Redis gone");
    const turns = { count: 0 };
    const ticking = setInterval(() => turns.count++, 10);
    a.io.emit("n" as never, 2);
    // A failed PUBLISH must not be an unhandled rejection (vitest fails the run on one).
    a.io.serverSideEmit("nobody-listens", 1);
    await waitFor(() => a.got.includes(2), "a local broadcast during the outage");
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(ticking);
    // The event loop kept turning: the reading loop waits for the reconnect instead of spinning.
    expect(turns.count).toBeGreaterThan(10);
    expect(b.got).not.toContain(2);

    await redis.start();
    for (const { link } of servers) await settled(() => link.isHealthy(), "Redis back");
    a.io.emit("n" as never, 3);
    await waitFor(() => a.got.includes(3) && b.got.includes(3), "broadcasts crossing again");
    // One line per outage and one when it is over, per process; not one per reconnect attempt.
    expect(logged.filter((line) => line.includes("unreachable"))).toHaveLength(2);
    expect(logged.filter((line) => line.endsWith(" is back"))).toHaveLength(2);
  });
});
