import { randomBytes } from "node:crypto";
import http from "node:http";
import { io, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION } from "../shared/core/protocol";
import { newId } from "../shared/ids";
import { startChild } from "./child";
import { honestClient, type LatencyFigures, measureAcks } from "./hostile";
import type { ServerReady, ServerStats } from "./protocol";
import { round } from "./stats";

/**
 * Big answers against everyone else (LIMIT-7, LIMIT-8): on a board of several MB, fresh authors who
 * each see more of their own records (one personal calendar feed each) load the board over HTTP, then
 * a few loops fetch it uncompressed as fast as they can, all from one address; an honest participant
 * on another board sends ops from another address and times their acks. Server memory is sampled.
 */
export interface ReadFloodOptions {
  cards: number;
  /** Words per card body: 10,000 cards of 80 words make a board of about 8 MB. */
  bodyWords: number;
  authors: number;
  loops: number;
  durationMs: number;
  quietMs: number;
  honestOpsPerSec: number;
  pin: boolean;
  log: (line: string) => void;
}

interface Reads {
  answered: number;
  refused: number;
  megabytes: number;
}

export interface ReadFloodResult {
  cards: number;
  snapshotMB: number;
  snapshotBrotliMB: number;
  authors: number;
  loops: number;
  durationMs: number;
  quiet: LatencyFigures;
  duringAuthors: LatencyFigures;
  authorReads: Reads;
  duringFlood: LatencyFigures;
  floodReads: Reads;
  serverRssBeforeMB: number;
  serverRssPeakMB: number;
  serverRssAfterMB: number;
  /** The JavaScript heap before the run and after it, each after a full collection: what stays. */
  serverHeapBeforeMB: number;
  serverHeapAfterMB: number;
}

const MB = 1024 * 1024;
const ATTACKER = "203.0.113.66";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GET, its body counted and dropped (no parsing: the client's CPU stays out of the honest timings). */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "x-forwarded-for": ATTACKER, ...headers } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
      })
      .on("error", reject);
  });
}

const counted = (reads: Reads, answer: { status: number; bytes: number }) => {
  if (answer.status === 200) reads.answered++;
  else reads.refused++;
  reads.megabytes += answer.bytes / MB;
};

/** A fresh browser's author: joins (its author token comes back) and adds a personal calendar feed. */
async function authorWithFeed(url: string, boardId: string, since: number): Promise<string> {
  const socket: Socket = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    extraHeaders: { "x-forwarded-for": ATTACKER },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const joined = await socket
      .timeout(30_000)
      .emitWithAck("board:join", { boardId, since, protocol: PROTOCOL_VERSION });
    if (!joined.ok) throw new Error(`author join failed: ${JSON.stringify(joined.problem)}`);
    const op = { type: "calendarFeed.add", feedId: newId(), secretHash: randomBytes(32).toString("hex") };
    const added = await socket.timeout(30_000).emitWithAck("op", { opId: newId(), op });
    if (!added.ok) throw new Error(`calendar feed refused: ${JSON.stringify(added.problem)}`);
    return joined.authorToken as string;
  } finally {
    socket.close();
  }
}

export async function measureReadFlood(options: ReadFloodOptions): Promise<ReadFloodResult> {
  const server = startChild("bench/themenwandServer.ts", {
    core: options.pin ? 0 : null,
    nodeFlags: ["--expose-gc"],
    env: { BENCH_LIMITS: "defaults" },
  });
  let honest: Socket | null = null;
  try {
    const ready = await server.next<ServerReady>("ready");
    const url = `http://127.0.0.1:${ready.port}`;
    const board = `${url}/api/boards/${ready.boardId}`;
    await server.request({ type: "seed", cards: options.cards, bodyWords: options.bodyWords }, 600_000);
    const neighbour = await server.request<{ boardId: string; columnId: string }>({ type: "create-board" });
    honest = await honestClient(url, neighbour.boardId);
    const quiet = await measureAcks(honest, neighbour.columnId, options.honestOpsPerSec, options.quietMs);
    options.log(`read flood: quiet honest acks p50 ${quiet.p50Ms} ms, p99 ${quiet.p99Ms} ms`);

    // The authors join at the board's revision (as browsers do after their first load) and add their feeds.
    const { revision } = await server.request<{ revision: number }>({ type: "revision" });
    const tokens: string[] = [];
    for (let i = 0; i < options.authors; i++) tokens.push(await authorWithFeed(url, ready.boardId, revision + i));
    const before = await server.request<ServerStats>({ type: "stats", gc: true });
    let peakRss = before.rss;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const stats = await server.request<ServerStats>({ type: "stats" }, 60_000).catch(() => null);
        if (stats) peakRss = Math.max(peakRss, stats.rss);
        await sleep(100);
      }
    })();

    // Phase 1: every author loads the board as a browser does (brotli, their token), four at a time.
    const authorReads: Reads = { answered: 0, refused: 0, megabytes: 0 };
    const first = await get(board, { "accept-encoding": "identity" });
    const brotli = await get(board, { "accept-encoding": "br" });
    const authorsLoad = (async () => {
      const queue = [...tokens];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let token = queue.shift(); token; token = queue.shift()) {
            counted(authorReads, await get(board, { "accept-encoding": "br", "x-author-token": token }));
          }
        }),
      );
    })();
    const duringAuthors = await measureAcks(honest, neighbour.columnId, options.honestOpsPerSec, options.durationMs);
    await authorsLoad;
    options.log(
      `read flood: ${authorReads.answered} author loads answered, ${authorReads.refused} refused; honest p99 ${duringAuthors.p99Ms} ms`,
    );

    // Phase 2: loops fetching the whole board uncompressed, as fast as answers come.
    const floodReads: Reads = { answered: 0, refused: 0, megabytes: 0 };
    const until = performance.now() + options.durationMs;
    const flood = Promise.all(
      Array.from({ length: options.loops }, async () => {
        while (performance.now() < until) counted(floodReads, await get(board, { "accept-encoding": "identity" }));
      }),
    );
    const duringFlood = await measureAcks(honest, neighbour.columnId, options.honestOpsPerSec, options.durationMs);
    await flood;
    sampling = false;
    await sampler;
    const after = await server.request<ServerStats>({ type: "stats", gc: true }, 60_000);
    const result: ReadFloodResult = {
      cards: options.cards,
      snapshotMB: round(first.bytes / MB, 2),
      snapshotBrotliMB: round(brotli.bytes / MB, 2),
      authors: options.authors,
      loops: options.loops,
      durationMs: options.durationMs,
      quiet,
      duringAuthors,
      authorReads: { ...authorReads, megabytes: round(authorReads.megabytes) },
      duringFlood,
      floodReads: { ...floodReads, megabytes: round(floodReads.megabytes) },
      serverRssBeforeMB: round(before.rss / MB),
      serverRssPeakMB: round(peakRss / MB),
      serverRssAfterMB: round(after.rss / MB),
      serverHeapBeforeMB: round(before.heapUsed / MB),
      serverHeapAfterMB: round(after.heapUsed / MB),
    };
    options.log(
      `read flood: ${floodReads.answered} whole-board GETs answered, ${floodReads.refused} refused; honest p99 ` +
        `${duringFlood.p99Ms} ms; server RSS ${result.serverRssBeforeMB} → peak ${result.serverRssPeakMB} MB`,
    );
    return result;
  } finally {
    honest?.close();
    await server.stop();
  }
}
