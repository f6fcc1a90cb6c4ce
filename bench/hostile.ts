import { generateKeyBetween } from "fractional-indexing";
import { io, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION } from "../shared/core/protocol";
import type { OpResponse } from "../shared/events";
import { newId } from "../shared/ids";
import type { BoardSnapshot } from "../shared/model";
import { fixedContent } from "./cardText";
import { type BenchChild, startChild } from "./child";
import type { AttackPlan, AttackResult } from "./hostileClients";
import type { ServerReady, ServerStats } from "./protocol";
import { percentile, round } from "./stats";

/**
 * The hostile neighbour: one process floods one board from one address (snapshot joins on a
 * 4,000-card board, and moves), while an honest participant on another board, from another
 * address, sends ops and measures how long each acknowledgement takes. The honest client is a
 * real socket.io-client in this (unpinned) process; its address comes through X-Forwarded-For,
 * which the server trusts from loopback as it would from a reverse proxy.
 */
export interface HostileOptions {
  cards: number;
  sockets: number;
  durationMs: number;
  quietMs: number;
  joinsPerSec: number;
  opsPerSec: number;
  honestOpsPerSec: number;
  pin: boolean;
  log: (line: string) => void;
}

export interface LatencyFigures {
  acks: number;
  failed: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

export interface HostileResult {
  cards: number;
  sockets: number;
  durationMs: number;
  quiet: LatencyFigures;
  underAttack: LatencyFigures;
  attack: AttackResult;
  serverCpuPct: number;
  serverRssBeforeMB: number;
  serverRssPeakMB: number;
}

const MB = 1024 * 1024;
const HONEST_ADDRESS = "198.51.100.7";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function honestClient(url: string, boardId: string): Promise<Socket> {
  const socket = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    extraHeaders: { "x-forwarded-for": HONEST_ADDRESS },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const joined = await socket
    .timeout(30_000)
    .emitWithAck("board:join", { boardId, since: null, protocol: PROTOCOL_VERSION });
  if (!joined.ok) throw new Error(`honest join failed: ${JSON.stringify(joined.problem)}`);
  return socket;
}

/** Sends card.add ops at a steady rate for `durationMs` and times each acknowledgement. */
export async function measureAcks(socket: Socket, columnId: string, rate: number, durationMs: number) {
  const times: number[] = [];
  const answered: Promise<void>[] = [];
  let failed = 0;
  const started = performance.now();
  let sent = 0;
  let rank: string | null = null;
  while (performance.now() - started < durationMs) {
    for (; sent < Math.floor((rate * (performance.now() - started)) / 1000); sent++) {
      rank = generateKeyBetween(rank, null);
      const op = {
        type: "card.add",
        cardId: newId(),
        columnId,
        rank,
        authorName: "Nachbarin",
        content: fixedContent(sent),
      };
      const at = performance.now();
      answered.push(
        socket
          .timeout(30_000)
          .emitWithAck("op", { opId: newId(), op })
          .then(
            (response: OpResponse) => {
              if (response.ok) times.push(performance.now() - at);
              else failed++;
            },
            () => {
              failed++;
            },
          ),
      );
    }
    await sleep(2);
  }
  await Promise.all(answered);
  const sorted = Float64Array.from(times).sort();
  return {
    acks: times.length,
    failed,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: percentile(sorted, 1),
  };
}

export async function measureHostileNeighbour(options: HostileOptions): Promise<HostileResult> {
  const server = startChild("bench/themenwandServer.ts", {
    core: options.pin ? 0 : null,
    nodeFlags: [
      "--expose-gc",
      ...(process.env.HOSTILE_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.HOSTILE_PROF}`] : []),
    ],
    env: { BENCH_LIMITS: "defaults" },
  });
  let attacker: BenchChild | null = null;
  let honest: Socket | null = null;
  try {
    const ready = await server.next<ServerReady>("ready");
    const url = `http://127.0.0.1:${ready.port}`;
    await server.request({ type: "seed", cards: options.cards }, 300_000);
    const target = (await (await fetch(`${url}/api/boards/${ready.boardId}`)).json()) as BoardSnapshot;
    const neighbour = await server.request<{ boardId: string; columnId: string }>({ type: "create-board" });
    honest = await honestClient(url, neighbour.boardId);
    const quiet = await measureAcks(honest, neighbour.columnId, options.honestOpsPerSec, options.quietMs);
    options.log(`hostile neighbour: quiet honest acks p50 ${quiet.p50Ms} ms, p99 ${quiet.p99Ms} ms`);

    attacker = startChild("bench/hostileClients.ts", { core: options.pin ? 1 : null });
    const plan: AttackPlan = {
      url,
      boardId: ready.boardId,
      moderatorKey: ready.moderatorKey ?? "",
      cardIds: target.records.filter((record) => record.type === "card").map((card) => card.id),
      columnIds: target.records.filter((record) => record.type === "column").map((column) => column.id),
      sockets: options.sockets,
      durationMs: options.durationMs,
      joinFlood: true,
      joinsPerSec: options.joinsPerSec,
      opsPerSec: options.opsPerSec,
    };
    const opened = await attacker.request<number>({ type: "connect", plan }, 120_000);
    options.log(`hostile neighbour: ${opened} of ${options.sockets} attacking sockets open`);
    const before = await server.request<ServerStats>({ type: "stats", gc: true });
    let peakRss = before.rss;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const stats = await server.request<ServerStats>({ type: "stats" }, 60_000).catch(() => null);
        if (stats) peakRss = Math.max(peakRss, stats.rss);
        await sleep(250);
      }
    })();
    const attacked = attacker.request<AttackResult>({ type: "attack", plan }, options.durationMs + 120_000);
    const underAttack = await measureAcks(honest, neighbour.columnId, options.honestOpsPerSec, options.durationMs);
    const attack = await attacked;
    const after = await server.request<ServerStats>({ type: "stats" }, 60_000);
    sampling = false;
    await sampler;
    const result: HostileResult = {
      cards: target.records.filter((record) => record.type === "card").length,
      sockets: options.sockets,
      durationMs: options.durationMs,
      quiet,
      underAttack,
      attack,
      serverCpuPct: round(((after.cpuMicros - before.cpuMicros) / 1000 / (after.at - before.at)) * 100),
      serverRssBeforeMB: round(before.rss / MB),
      serverRssPeakMB: round(peakRss / MB),
    };
    options.log(
      `hostile neighbour: honest acks under attack p50 ${underAttack.p50Ms} ms, p99 ${underAttack.p99Ms} ms, ` +
        `max ${underAttack.maxMs} ms (${underAttack.acks} acked, ${underAttack.failed} failed); attacker ` +
        `${attack.joinsAnswered}/${attack.joinsSent} joins answered, ${attack.opsCommitted}/${attack.opsSent} ops committed; ` +
        `server RSS ${result.serverRssBeforeMB} → ${result.serverRssPeakMB} MB`,
    );
    return result;
  } finally {
    honest?.close();
    await attacker?.stop();
    await server.stop();
  }
}
