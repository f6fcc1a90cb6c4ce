import WebSocket from "ws";
import { PROTOCOL_VERSION } from "../shared/core/protocol";
import { newId } from "../shared/ids";
import { cpuMicros, serveRequests } from "./child";

/**
 * The hostile neighbour, in its own process: many sockets from one address, spoken to in the raw
 * Engine.IO / Socket.IO wire protocol (no socket.io-client), so the attacker spends almost no CPU on
 * what it receives. It floods one board with joins that ask for the whole snapshot and with moves.
 */
export interface AttackPlan {
  url: string;
  boardId: string;
  /** The attacker holds the board's moderator key, so its moves are allowed. */
  moderatorKey: string;
  cardIds: string[];
  columnIds: string[];
  sockets: number;
  durationMs: number;
  /** Joins with `since: null` sent at the start, one per socket, all at once. */
  joinFlood: boolean;
  /** After the flood: further snapshot joins per second, and moves per second, over all sockets. */
  joinsPerSec: number;
  opsPerSec: number;
}

export interface AttackResult {
  socketsOpen: number;
  connectionsRefused: number;
  disconnects: number;
  joinsSent: number;
  joinsAnswered: number;
  joinsRefused: number;
  opsSent: number;
  opsCommitted: number;
  opsRefused: number;
  megabytesReceived: number;
  cpuPct: number;
}

interface Raw {
  ws: WebSocket;
  open: boolean;
  nextAck: number;
  /** Ack id → what it answers. */
  waiting: Map<number, "join" | "op">;
}

const counts = {
  connectionsRefused: 0,
  disconnects: 0,
  joinsSent: 0,
  joinsAnswered: 0,
  joinsRefused: 0,
  opsSent: 0,
  opsCommitted: 0,
  opsRefused: 0,
  bytes: 0,
};
let raws: Raw[] = [];
let closing = false;

function wsUrl(url: string): string {
  return `${url.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`;
}

/** Opens one Socket.IO connection by hand; resolves once the namespace is joined (or refused). */
function openRaw(url: string, index: number): Promise<Raw> {
  const raw: Raw = { ws: new WebSocket(wsUrl(url)), open: false, nextAck: 1, waiting: new Map() };
  raws[index] = raw;
  return new Promise((resolve) => {
    const done = () => resolve(raw);
    raw.ws.on("message", (data: Buffer) => {
      counts.bytes += data.length;
      // Only the head of a message matters: the type, the ack id and whether it says ok.
      const head = data.subarray(0, 48).toString("latin1");
      if (head === "2") return raw.ws.send("3");
      if (head.startsWith("0")) return raw.ws.send("40");
      if (head.startsWith("40")) {
        raw.open = true;
        return done();
      }
      if (head.startsWith("44")) {
        counts.connectionsRefused++;
        return done();
      }
      if (!head.startsWith("43")) return;
      const id = Number(/^43(\d+)/.exec(head)?.[1]);
      const kind = raw.waiting.get(id);
      raw.waiting.delete(id);
      const ok = head.includes('"ok":true');
      if (kind === "join") ok ? counts.joinsAnswered++ : counts.joinsRefused++;
      if (kind === "op") ok ? counts.opsCommitted++ : counts.opsRefused++;
    });
    raw.ws.on("error", () => done());
    raw.ws.on("close", () => {
      if (raw.open) counts.disconnects++;
      raw.open = false;
      done();
      // Come back like a real client would.
      if (!closing) setTimeout(() => void openRaw(url, index), 200);
    });
  });
}

function send(raw: Raw, kind: "join" | "op", event: string, payload: unknown): void {
  if (!raw.open || raw.ws.readyState !== WebSocket.OPEN) return;
  const id = raw.nextAck++;
  raw.waiting.set(id, kind);
  raw.ws.send(`42${id}${JSON.stringify([event, payload])}`);
  if (kind === "join") counts.joinsSent++;
  else counts.opsSent++;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the sockets (not yet measured), so the attack starts with all of them in place. */
async function connectAll(plan: AttackPlan): Promise<number> {
  closing = false;
  raws = [];
  for (const key of Object.keys(counts)) counts[key as keyof typeof counts] = 0;
  for (let start = 0; start < plan.sockets; start += 50) {
    const wave = [];
    for (let index = start; index < Math.min(plan.sockets, start + 50); index++) wave.push(openRaw(plan.url, index));
    await Promise.all(wave);
  }
  return raws.filter((raw) => raw.open).length;
}

async function attack(plan: AttackPlan): Promise<AttackResult> {
  const cpuBefore = cpuMicros();
  const started = performance.now();
  const join = (raw: Raw) =>
    send(raw, "join", "board:join", {
      boardId: plan.boardId,
      since: null,
      moderatorKey: plan.moderatorKey,
      protocol: PROTOCOL_VERSION,
    });
  if (plan.joinFlood) for (const raw of raws) join(raw);
  let joins = 0;
  let ops = 0;
  let turn = 0;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  while (performance.now() - started < plan.durationMs) {
    const elapsed = (performance.now() - started) / 1000;
    for (; joins < Math.floor(plan.joinsPerSec * elapsed); joins++) join(raws[turn++ % raws.length]);
    for (; ops < Math.floor(plan.opsPerSec * elapsed); ops++) {
      const op = { type: "card.move", cardId: pick(plan.cardIds), columnId: pick(plan.columnIds), rank: "a0" };
      send(raws[turn++ % raws.length], "op", "op", { opId: newId(), op });
    }
    await sleep(2);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuPct = Math.round(((cpuMicros() - cpuBefore) / 10_000 / seconds) * 10) / 10;
  await sleep(500);
  closing = true;
  const result: AttackResult = {
    socketsOpen: raws.filter((raw) => raw.open).length,
    ...counts,
    megabytesReceived: Math.round(counts.bytes / 1024 / 102.4) / 10,
    cpuPct,
  };
  delete (result as Partial<typeof counts>).bytes;
  for (const raw of raws) raw.ws.terminate();
  return result;
}

serveRequests(async (message) => {
  switch (message.type) {
    case "connect":
      return connectAll(message.plan as AttackPlan);
    case "attack":
      return attack(message.plan as AttackPlan);
    case "stop":
      closing = true;
      for (const raw of raws) raw.ws.terminate();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`the hostile neighbour cannot ${message.type}`);
  }
});
process.on("disconnect", () => process.exit(0));
