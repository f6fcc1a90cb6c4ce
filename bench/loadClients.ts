import { generateKeyBetween } from "fractional-indexing";
import { io, type Socket } from "socket.io-client";
import type { Committed } from "../shared/changes";
import { PROTOCOL_VERSION } from "../shared/core/protocol";
import type { OpResponse } from "../shared/events";
import { newId } from "../shared/ids";
import type { Op } from "../shared/ops";
import { fixedContent } from "./cardText";
import { cpuMicros, serveRequests } from "./child";
import type { ServerKind, StepMeasure, StepPlan } from "./protocol";
import { percentile } from "./stats";

/**
 * The load generator, in its own process: N socket.io-client participants on one board. A subset
 * sends card ops at a set rate; everyone records when each change arrives.
 */
interface Tracked {
  sentAt: number;
  sender: number;
  received: number;
  /** When the last participant other than the sender received it. */
  lastOther: number;
}

interface Recording {
  windowEnd: number;
  deliveredInWindow: number;
  deliveredTotal: number;
  frames: number;
  perDelivery: number[];
  sampleFrameBytes: number;
}

let kind: ServerKind = "themenwand";
let columnId = "";
let sockets: Socket[] = [];
/** How many server processes the sockets are spread over (socket i on process i % processes). */
let processes = 1;
let rank: string | null = null;
const ops = new Map<string, Tracked>();
let recording: Recording | null = null;

function onChanges(index: number, batch: Committed[]): void {
  const now = performance.now();
  const record = recording;
  if (!record) return;
  record.frames++;
  if (record.sampleFrameBytes === 0) record.sampleFrameBytes = JSON.stringify(["changes", batch]).length + 2;
  for (const committed of batch) {
    const tracked = ops.get(committed.opId);
    if (!tracked) continue;
    tracked.received++;
    record.deliveredTotal++;
    if (now <= record.windowEnd) record.deliveredInWindow++;
    if (index === tracked.sender) continue;
    if (now > tracked.lastOther) tracked.lastOther = now;
    record.perDelivery.push(now - tracked.sentAt);
  }
}

async function connectOne(url: string, index: number, boardId: string): Promise<Socket> {
  const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: 60_000 });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  socket.on("changes", (batch: Committed[]) => onChanges(index, batch));
  if (kind === "baseline") {
    await socket.timeout(60_000).emitWithAck("join", boardId);
  } else {
    const joined = await socket
      .timeout(60_000)
      .emitWithAck("board:join", { boardId, since: null, protocol: PROTOCOL_VERSION });
    if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined.problem)}`);
  }
  return socket;
}

async function connectAll(urls: string[], n: number, boardId: string): Promise<number> {
  sockets = [];
  processes = urls.length;
  for (let start = 0; start < n; start += 50) {
    const wave = [];
    for (let index = start; index < Math.min(n, start + 50); index++) {
      wave.push(connectOne(urls[index % urls.length], index, boardId));
    }
    sockets.push(...(await Promise.all(wave)));
  }
  return sockets.length;
}

/** The same bytes the Themenwand server would broadcast for a card.add, relayed verbatim by the baseline. */
function baselineMessage(opId: string, op: Extract<Op, { type: "card.add" }>, sequence: number): Committed[] {
  const now = Date.now();
  const { type: _type, cardId, ...fields } = op;
  const card = {
    type: "card",
    id: cardId,
    version: 1,
    audience: "board" as const,
    authorId: "bench-author-0000000001",
    ...fields,
    createdAt: now,
    updatedAt: now,
  };
  return [{ revision: sequence, opId, writes: [{ put: card }] }];
}

let sequence = 0;

function sendOne(senderIndex: number, acks: { ok: number; rejected: number; reasons: Record<string, number> }) {
  const socket = sockets[senderIndex];
  const opId = newId();
  rank = generateKeyBetween(rank, null);
  sequence++;
  const op: Extract<Op, { type: "card.add" }> = {
    type: "card.add",
    cardId: newId(),
    columnId,
    rank,
    authorName: "Teilnehmerin",
    content: fixedContent(sequence),
  };
  ops.set(opId, { sentAt: performance.now(), sender: senderIndex, received: 0, lastOther: 0 });
  if (kind === "baseline") {
    socket.emit("op", baselineMessage(opId, op, sequence));
    return;
  }
  socket.emit("op", { opId, op }, (response: OpResponse) => {
    if (response.ok) acks.ok++;
    else {
      acks.rejected++;
      acks.reasons[response.problem.code] = (acks.reasons[response.problem.code] ?? 0) + 1;
    }
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The socket of sender k: every `spacing`-th participant, moved up to the next socket on process
 * k % processes, so that the senders are split evenly over the processes too (with one process, the
 * index is k × spacing).
 */
function senderIndex(k: number, spacing: number, n: number): number {
  const base = k * spacing;
  return Math.min(n - 1, base + (((k % processes) - (base % processes) + processes) % processes));
}

async function step(plan: StepPlan, label: string): Promise<StepMeasure> {
  ops.clear();
  const n = sockets.length;
  const senders = Math.max(1, Math.min(plan.senders, n));
  const spacing = Math.max(1, Math.floor(n / senders));
  const acks = { ok: 0, rejected: 0, reasons: {} as Record<string, number> };
  const started = performance.now();
  const record: Recording = {
    windowEnd: started + plan.durationMs,
    deliveredInWindow: 0,
    deliveredTotal: 0,
    frames: 0,
    perDelivery: [],
    sampleFrameBytes: 0,
  };
  recording = record;
  const cpuBefore = cpuMicros();
  let sent = 0;
  while (performance.now() < record.windowEnd) {
    const due = Math.floor((plan.rate * (performance.now() - started)) / 1000);
    for (; sent < due; sent++) sendOne(senderIndex(sent % senders, spacing, n), acks);
    await sleep(2);
  }
  const windowMs = performance.now() - started;
  const loadCpuMicros = cpuMicros() - cpuBefore;
  process.send?.({ type: "window-end", label });
  const drainUntil = performance.now() + plan.drainMs;
  const complete = () => [...ops.values()].every((tracked) => tracked.received >= n);
  while (performance.now() < drainUntil && !complete()) await sleep(20);
  recording = null;

  const lastRecipient: number[] = [];
  let incompleteOps = 0;
  for (const tracked of ops.values()) {
    if (tracked.received < n) incompleteOps++;
    lastRecipient.push(tracked.received >= n ? tracked.lastOther - tracked.sentAt : Number.POSITIVE_INFINITY);
  }
  lastRecipient.sort((a, b) => a - b);
  const perDelivery = Float64Array.from(record.perDelivery).sort();
  return {
    opsSent: sent,
    opsAcked: acks.ok,
    opsRejected: acks.rejected,
    rejectReasons: acks.reasons,
    deliveredInWindow: record.deliveredInWindow,
    deliveredTotal: record.deliveredTotal,
    framesTotal: record.frames,
    expectedDeliveries: sent * n,
    windowMs,
    incompleteOps,
    lastRecipient: {
      p50: percentile(lastRecipient, 0.5),
      p99: percentile(lastRecipient, 0.99),
      max: percentile(lastRecipient, 1),
    },
    perDelivery: { p50: percentile(perDelivery, 0.5), p99: percentile(perDelivery, 0.99) },
    loadCpuMicros,
    sampleFrameBytes: record.sampleFrameBytes,
  };
}

serveRequests(async (message) => {
  switch (message.type) {
    case "connect":
      kind = message.kind as ServerKind;
      columnId = String(message.columnId);
      return connectAll(message.urls as string[], Number(message.n), String(message.boardId));
    case "step":
      return step(message.plan as StepPlan, String(message.label));
    case "stop":
      for (const socket of sockets) socket.close();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`load generator cannot ${message.type}`);
  }
});
process.on("disconnect", () => process.exit(0));
