import { afterEach, describe, expect, it } from "vitest";
import type { Limits } from "../../server/config";
import { addCardOp, moderator } from "../helpers/fixtures";
import { columnsIn, createBoard, startTestServer, type TestServer } from "../helpers/testServer";

const running: TestServer[] = [];
afterEach(async () => {
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

/** A GET from one address (the app believes X-Forwarded-For from loopback, LIMIT-6), uncompressed. */
const getFrom = (url: string, address: string) =>
  fetch(url, { headers: { "x-forwarded-for": address, "accept-encoding": "identity" } });

describe("REST reads (LIMIT-7)", () => {
  it("LIMIT-7 limits every GET route per address with 429 rate_limited and Retry-After; another address reads on", async () => {
    const server = await serverWith({ restReadsPerMinute: 4 });
    const { boardId } = await createBoard(server.url);
    const board = `${server.url}/api/boards/${boardId}`;
    const statuses = [];
    for (const path of ["", "", "/meetings", "/business-cards.vcf"])
      statuses.push((await getFrom(`${board}${path}`, "203.0.113.90")).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const path of ["", "/meetings", "/meetings.ics", "/business-cards.vcf"]) {
      const refused = await getFrom(`${board}${path}`, "203.0.113.90");
      expect(refused.status, path).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    }
    expect((await getFrom(board, "203.0.113.91")).status).toBe(200);
  });

  it("LIMIT-7 a GET costs one more per 64 KB of its answer, so a big board's snapshot spends the budget sooner", async () => {
    const server = await serverWith({ restReadsPerMinute: 20 });
    const { boardId, snapshot } = await createBoard(server.url);
    const body = "Beleuchtung ".repeat(400);
    await server.store.commit(
      Array.from({ length: 200 }, (_, i) => {
        const op = addCardOp(`card-big-${i}`, columnsIn(snapshot)[0].id, "a0");
        return { boardId, opId: `op-big-${i}-x`, op: { ...op, content: { ...op.content, body } }, actor: moderator };
      }),
      Date.now(),
    );
    const board = `${server.url}/api/boards/${boardId}`;
    // ~1 MB uncompressed: the first costs 1 + 15 of the 20, the second the last 4 and leaves a debt.
    const first = await getFrom(board, "203.0.113.92");
    expect((await first.text()).length).toBeGreaterThan(15 * 64 * 1024);
    expect((await getFrom(board, "203.0.113.92")).status).toBe(200);
    const refused = await getFrom(board, "203.0.113.92");
    expect(refused.status).toBe(429);
    // The debt is paid back at 20 a minute: more than half a minute.
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(30);
    // Small answers of another address are not affected.
    for (let i = 0; i < 10; i++) expect((await getFrom(`${board}/meetings`, "203.0.113.93")).status).toBe(200);
  });
});
