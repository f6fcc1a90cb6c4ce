import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../server/app";
import { connectRedis, type RedisLink } from "../../server/realtime/redisAdapter";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";
import { businessCardOp } from "../helpers/businessCards";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { type RedisService, startRedis } from "../helpers/services/redis";
import { createBoard } from "../helpers/testServer";

let redis: RedisService;
let link: RedisLink;
let app: App;
let store: SqliteBoardStore;
let url: string;
const folder = mkdtempSync(joinPath(tmpdir(), "themenwand-redis-erasure-"));

beforeAll(async () => {
  redis = await startRedis();
  link = connectRedis(redis.url, () => undefined);
  store = new SqliteBoardStore(openDatabase(joinPath(folder, "board.db")));
  app = createApp({ store, redis: link, clientDir: null });
  await new Promise<void>((done) => app.httpServer.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await link.close();
  await store.close();
  await redis.close();
  rmSync(folder, { recursive: true, force: true });
});

const card = (marker: string) =>
  businessCardOp({
    cardId: "bcard-redis-01",
    name: `${marker} Person`,
    about: marker,
    consent: { text: "Ja.", given: true },
    editKeyHash: "d".repeat(64),
  });

describe("erasure in Redis (ERASE-3)", () => {
  it("ERASE-3 NET-6 after a forgetting commit, the Redis stream between processes soon holds no frame with the record", async () => {
    const reader = createClient({ url: redis.url });
    reader.on("error", () => undefined);
    await reader.connect();
    const framesWith = async (text: string) =>
      (await reader.xRange("socket.io", "-", "+")).filter((entry) => JSON.stringify(entry).includes(text)).length;
    const { boardId, moderatorKey } = await createBoard(url);
    const alice = await connected(rawClient(url));
    expect((await join(alice, { boardId, since: null })).ok).toBe(true);
    const mod = await connected(rawClient(url));
    expect((await join(mod, { boardId, since: null, moderatorKey })).ok).toBe(true);
    const marker = "Quellwasserfrosch";
    expect(await sendOp(alice, "op-redis-erase-1", card(marker))).toMatchObject({ ok: true });
    // The card's frames go through the stream (frames are msgpack: the text is in there as it is).
    for (let tries = 0; tries < 50 && (await framesWith(marker)) === 0; tries++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await framesWith(marker)).toBeGreaterThan(0);
    expect(
      await sendOp(mod, "op-redis-erase-2", { type: "businessCard.remove", cardId: "bcard-redis-01" }),
    ).toMatchObject({
      ok: true,
    });
    for (let tries = 0; tries < 100 && (await framesWith(marker)) > 0; tries++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await framesWith(marker)).toBe(0);
    // Later frames still go through.
    expect(
      await sendOp(mod, "op-redis-erase-3", {
        type: "column.add",
        columnId: "col-redis-01",
        title: "Weiter",
        description: "",
        rank: "z",
      }),
    ).toMatchObject({ ok: true });
    for (let tries = 0; tries < 50 && (await framesWith("Weiter")) === 0; tries++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await framesWith("Weiter")).toBeGreaterThan(0);
    for (const socket of [alice, mod]) socket.close();
    await reader.close();
  });
});
