import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { newId } from "../../shared/ids";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { columnsIn, createBoard, serverForThisFile, startTestServer } from "../helpers/testServer";

const TOKEN = "metrics-token-for-the-tests-0123";
const server = serverForThisFile({ metricsToken: TOKEN });

const scrape = (headers: Record<string, string> = {}) => fetch(`${server().url}/metrics`, { headers });

/** One sample's value from Prometheus' text format: `name{labels} value`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("OBS-2 /metrics", () => {
  const sockets: ReturnType<typeof rawClient>[] = [];
  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  it("OBS-2 is refused without the token or with a wrong one, and names no board", async () => {
    expect((await scrape()).status).toBe(403);
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(403);
    expect((await scrape({ authorization: TOKEN })).status).toBe(403);
  });

  it("OBS-2 counts connections, boards in use, ops by type and result, problems by code, and the event loop", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    for (let index = 0; index < 2; index++) {
      const socket = await connected(rawClient(server().url));
      sockets.push(socket);
      expect((await join(socket, { boardId, since: null })).ok).toBe(true);
    }
    const [first] = sockets;
    expect((await sendOp(first, newId(), addCardOp(newId(), columnId, "a0"))).ok).toBe(true);
    expect((await sendOp(first, newId(), addCardOp(newId(), newId(), "a0"))).ok).toBe(false);
    expect((await sendOp(first, newId(), { type: "card.add" } as never)).ok).toBe(false);

    const answer = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/plain");
    const text = await answer.text();
    expect(sample(text, "themenwand_connections")).toBe(2);
    expect(sample(text, "themenwand_boards_in_use")).toBe(1);
    expect(sample(text, 'themenwand_ops_total{type="card.add",result="ok"}')).toBe(1);
    expect(sample(text, 'themenwand_ops_total{type="card.add",result="not_found"}')).toBe(1);
    expect(sample(text, "themenwand_op_seconds_count")).toBe(2);
    expect(sample(text, 'themenwand_problems_total{code="not_found",channel="socket"}')).toBe(1);
    expect(sample(text, 'themenwand_problems_total{code="invalid_input",channel="socket"}')).toBe(1);
    expect(sample(text, 'themenwand_problems_total{code="forbidden",channel="http"}')).toBe(3);
    expect(sample(text, "nodejs_eventloop_lag_p99_seconds")).toBeGreaterThanOrEqual(0);
    expect(text).not.toContain(boardId);
  });
});

it("OBS-2 without METRICS_TOKEN there is no /metrics", async () => {
  const plain = await startTestServer();
  try {
    const answer = await fetch(`${plain.url}/metrics`);
    expect(answer.status).toBe(404);
  } finally {
    await plain.stop();
    plain.cleanup();
  }
});

it("OBS-2 OPS-4 a METRICS_TOKEN or ADMIN_TOKEN under 16 characters stops the server at start", () => {
  expect(() => readConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN must be at least 16/);
  expect(() => readConfig({ ADMIN_TOKEN: "short" })).toThrow(/ADMIN_TOKEN must be at least 16/);
  expect(readConfig({ METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
  expect(readConfig({}).metricsToken).toBeUndefined();
});
