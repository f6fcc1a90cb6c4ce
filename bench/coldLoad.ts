import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { io } from "socket.io-client";
import { PROTOCOL_VERSION } from "../shared/core/protocol";
import type { BoardSnapshot, Card, Column } from "../shared/model";
import { compareRanked } from "../shared/ordering";
import { type BrowserResult, measureInBrowser } from "./browserLoad";
import { type BenchChild, cpuMicros, startServerWithClient } from "./child";
import type { ServerReady, ServerStats } from "./protocol";
import { measureReconnect, type ReconnectRun } from "./reconnectLoad";
import { median, round } from "./stats";
import { whenQuiet } from "./systemCpu";

/**
 * Cold load of a board with many cards: the snapshot route (server time, bytes on the wire), then a
 * real Chromium opening the board page and scrolling it.
 */
export interface SnapshotMeasure {
  requests: number;
  encoding: string;
  wireBytes: number;
  jsonBytes: number;
  /** Server time: request arrival to last byte handed to the OS, measured inside the server. */
  serverColdMs: number;
  serverMedianMs: number;
  serverMaxMs: number;
  /** Client time over loopback: request sent to last byte received. */
  clientMedianMs: number;
  /** CPU other processes used meanwhile, % of a core. */
  otherCpuPct: number | null;
}

/** Joining the board over the socket with no revision: the snapshot comes in the join's answer, uncompressed. */
export interface SocketJoinMeasure {
  joins: number;
  medianMs: number;
  serverCpuMsPerJoin: number;
  payloadBytes: number;
}

export interface ColdLoadResult {
  cards: number;
  snapshot: SnapshotMeasure;
  socketJoin: SocketJoinMeasure;
  browser: BrowserResult;
  /** 200 queued ops sent after a reconnect (bench/reconnectLoad.ts). */
  reconnect: ReconnectRun | { skipped: string };
}

/** What Chromium sends, so the server picks the encoding a browser would get. */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

function getOnce(url: string): Promise<{ ms: number; body: Buffer; encoding: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`GET ${url}: ${res.statusCode}`));
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        resolve({ ms: performance.now() - started, body: Buffer.concat(chunks), encoding });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

function decode(body: Buffer, encoding: string): string {
  if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  if (encoding === "gzip") return gunzipSync(body).toString("utf8");
  return body.toString("utf8");
}

async function measureSocketJoins(server: BenchChild, url: string, boardId: string, joins: number) {
  const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const times: number[] = [];
  let payloadBytes = 0;
  const before = await server.request<ServerStats>({ type: "stats" });
  for (let i = 0; i < joins; i++) {
    const started = performance.now();
    const response = await socket
      .timeout(30_000)
      .emitWithAck("board:join", { boardId, since: null, protocol: PROTOCOL_VERSION });
    times.push(performance.now() - started);
    if (i === 0) payloadBytes = Buffer.byteLength(JSON.stringify(response));
  }
  const after = await server.request<ServerStats>({ type: "stats" });
  socket.close();
  return {
    joins,
    medianMs: round(median(times), 1),
    serverCpuMsPerJoin: round((after.cpuMicros - before.cpuMicros) / 1000 / joins, 1),
    payloadBytes,
  };
}

export interface ColdLoadOptions {
  cards: number;
  requests: number;
  pin: boolean;
  /** Whether to open the page in Chromium (needs a client build in dist/). */
  browser: boolean;
  clientDir: string;
  log: (line: string) => void;
  maxOtherCpuPct: number;
  attempts: number;
}

export async function measureColdLoad(options: ColdLoadOptions): Promise<ColdLoadResult> {
  const { server, hasClient } = startServerWithClient(options);
  try {
    const ready = await server.next<ServerReady>("ready");
    await server.request({ type: "seed", cards: options.cards }, 300_000);
    const url = `http://127.0.0.1:${ready.port}`;
    const snapshotUrl = `${url}/api/boards/${ready.boardId}`;
    const serverCpu = async () => (await server.request<ServerStats>({ type: "stats" })).cpuMicros + cpuMicros();
    const measured = await whenQuiet(
      async () => {
        await server.request({ type: "snapshot-times" });
        const responses = [];
        for (let i = 0; i < options.requests; i++) responses.push(await getOnce(snapshotUrl));
        return { responses, serverTimes: await server.request<number[]>({ type: "snapshot-times" }) };
      },
      serverCpu,
      options.maxOtherCpuPct,
      options.attempts,
    );
    const { responses, serverTimes } = measured.value;
    const first = responses[0];
    const clientTimes = responses.map((response) => response.ms);
    const json = decode(first.body, first.encoding);
    const snapshot = JSON.parse(json) as BoardSnapshot;
    const cards = snapshot.records.filter((record): record is Card => record.type === "card");
    const columns = snapshot.records.filter((record): record is Column => record.type === "column");
    const result: SnapshotMeasure = {
      requests: options.requests,
      encoding: first.encoding,
      wireBytes: first.body.length,
      jsonBytes: Buffer.byteLength(json),
      serverColdMs: round(serverTimes[0], 2),
      serverMedianMs: round(median(serverTimes.slice(1)), 2),
      serverMaxMs: round(Math.max(...serverTimes), 2),
      clientMedianMs: round(median(clientTimes), 2),
      otherCpuPct: measured.otherCpuPct,
    };
    options.log(
      `snapshot of ${cards.length} cards: ${result.wireBytes} bytes ${result.encoding} ` +
        `(${result.jsonBytes} JSON), server ${result.serverMedianMs} ms median, ${result.serverColdMs} ms cold`,
    );
    const socketJoin = await measureSocketJoins(server, url, ready.boardId, options.requests);
    options.log(
      `socket join with the snapshot: ${socketJoin.medianMs} ms median, ${socketJoin.serverCpuMsPerJoin} ms server CPU, ` +
        `${socketJoin.payloadBytes} bytes uncompressed`,
    );
    const firstColumn = columns.sort(compareRanked)[0];
    const topCard = cards.filter((card) => card.columnId === firstColumn.id).sort(compareRanked)[0];
    const browser =
      !options.browser || !hasClient
        ? { skipped: hasClient ? "skipped: --no-browser" : "skipped: no client build" }
        : await measureInBrowser(`${url}/b/${ready.boardId}`, topCard.content.title, options.log);
    let reconnect: ReconnectRun | { skipped: string } = { skipped: "skipped with the browser" };
    if ("runs" in browser && ready.moderatorKey) {
      reconnect = await measureReconnect(url, ready.boardId, ready.moderatorKey, { columns, cards });
      options.log(
        `chromium: ${reconnect.queued} queued ops delivered ${reconnect.deliveredMs} ms after reconnecting; worst frame ` +
          `${reconnect.reconnect.maxFrameMs} ms (${reconnect.reconnect.framesOver100Ms} over 100 ms) meanwhile, ` +
          `${reconnect.pickUp.maxFrameMs} ms while taking them up offline`,
      );
    }
    return { cards: cards.length, snapshot: result, socketJoin, browser, reconnect };
  } finally {
    await server.stop();
  }
}
