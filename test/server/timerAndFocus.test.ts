import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import type { JoinResponse } from "../../shared/events";
import type { Focus } from "../../shared/features/focus";
import type { Timer } from "../../shared/features/timer";
import { type Op, OpSchema } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const op = (value: Record<string, unknown>): Op => OpSchema.parse(value);

async function member(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const frames: Committed[] = [];
  socket.on("changes", (batch) => frames.push(...batch));
  const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  return { socket, frames };
}

async function stored(boardId: string) {
  const board = await server().store.readBoard(boardId);
  if (!board) throw new Error("board gone");
  const timer = board.records.find((record): record is Timer => record.type === "timer");
  const focus = board.records.find((record): record is Focus => record.type === "focus");
  return { revision: board.revision, timer, focus };
}

let opCount = 0;
const send = (socket: Parameters<typeof sendOp>[0], value: Op | Record<string, unknown>) =>
  sendOp(socket, `op-timer-${++opCount}-${Date.now()}`, value as Op);

describe("the timer over real sockets (TIMER-1, TIMER-2)", () => {
  it("TIMER-1 TIMER-2 a moderator's start ends at the server's clock plus the seconds, and reaches a participant live", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const moderator = await member(boardId, moderatorKey);
    const participant = await member(boardId);
    const before = Date.now();
    expect(await send(moderator.socket, op({ type: "timer.start", seconds: 300 }))).toMatchObject({ ok: true });
    const after = Date.now();
    const { timer } = await stored(boardId);
    expect(timer).toMatchObject({ status: "running", totalMs: 300_000, remainingMs: null });
    expect(timer?.endsAt).toBeGreaterThanOrEqual(before + 300_000);
    expect(timer?.endsAt).toBeLessThanOrEqual(after + 300_000);
    const seen = await waitFor(
      () =>
        participant.frames
          .flatMap((frame) => frame.writes)
          .find((write) => "put" in write && write.put.type === "timer"),
      "the timer in the participant's frame",
    );
    expect(seen).toMatchObject({ put: { endsAt: timer?.endsAt } });
    moderator.socket.close();
    participant.socket.close();
  });

  it("TIMER-1 pause keeps what is left, resume counts it from then, extend adds, stop removes the timer", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const { socket } = await member(boardId, moderatorKey);
    await send(socket, op({ type: "timer.start", seconds: 600 }));
    await send(socket, op({ type: "timer.pause" }));
    const paused = (await stored(boardId)).timer;
    expect(paused).toMatchObject({ status: "paused", endsAt: null });
    expect(paused?.remainingMs).toBeGreaterThan(590_000);
    expect(paused?.remainingMs).toBeLessThanOrEqual(600_000);

    await send(socket, op({ type: "timer.extend", seconds: 60 }));
    const extended = (await stored(boardId)).timer;
    expect(extended?.remainingMs).toBe((paused?.remainingMs ?? 0) + 60_000);
    expect(extended?.totalMs).toBe(660_000);

    const before = Date.now();
    await send(socket, op({ type: "timer.resume" }));
    const resumed = (await stored(boardId)).timer;
    expect(resumed).toMatchObject({ status: "running", remainingMs: null });
    expect(resumed?.endsAt).toBeGreaterThanOrEqual(before + (extended?.remainingMs ?? 0));

    await send(socket, op({ type: "timer.extend", seconds: 120 }));
    expect((await stored(boardId)).timer?.endsAt).toBe((resumed?.endsAt ?? 0) + 120_000);

    expect(await send(socket, op({ type: "timer.stop" }))).toMatchObject({ ok: true });
    expect((await stored(boardId)).timer).toBeUndefined();
    expect(await send(socket, op({ type: "timer.pause" }))).toMatchObject({
      ok: false,
      problem: { code: "not_found" },
    });
    socket.close();
  });

  it("TIMER-1 PROJ-1 only moderators run the timer and set the focus: a participant is refused and nothing changes", async () => {
    const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
    const moderator = await member(boardId, moderatorKey);
    await send(moderator.socket, op({ type: "timer.start", seconds: 60 }));
    const participant = await member(boardId);
    const before = await stored(boardId);
    const columnId = columnsIn(snapshot)[0].id;
    for (const each of [
      { type: "timer.start", seconds: 60 },
      { type: "timer.pause" },
      { type: "timer.resume" },
      { type: "timer.extend", seconds: 60 },
      { type: "timer.stop" },
      { type: "focus.set", target: { kind: "column", id: columnId } },
      { type: "focus.set", target: null },
    ]) {
      expect(await send(participant.socket, op(each)), each.type).toMatchObject({
        ok: false,
        problem: { code: "forbidden" },
      });
    }
    expect(await stored(boardId)).toEqual(before);
    moderator.socket.close();
    participant.socket.close();
  });

  it("TIMER-1 PROJ-1 VAL-1 malformed timer and focus ops are answered invalid_input and change nothing", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const { socket } = await member(boardId, moderatorKey);
    await send(socket, op({ type: "timer.start", seconds: 60 }));
    const before = await stored(boardId);
    for (const bad of [
      { type: "timer.start" },
      { type: "timer.start", seconds: 0 },
      { type: "timer.start", seconds: 1.5 },
      { type: "timer.start", seconds: "60" },
      { type: "timer.start", seconds: 6 * 3600 + 1 },
      { type: "timer.start", seconds: 60, endsAt: 0 },
      { type: "timer.extend", seconds: -60 },
      { type: "timer.extend", seconds: 3601 },
      { type: "timer.pause", now: 1 },
      { type: "focus.set" },
      { type: "focus.set", target: { kind: "card", id: "card-00000001" } },
      { type: "focus.set", target: { kind: "column", id: "x" } },
      { type: "focus.set", target: { kind: "column", id: "column-0001", extra: 1 } },
    ]) {
      expect(await send(socket, bad), JSON.stringify(bad)).toMatchObject({
        ok: false,
        problem: { code: "invalid_input" },
      });
    }
    expect(await stored(boardId)).toEqual(before);
    socket.close();
  });
});

describe("the projector's focus over real sockets (PROJ-1)", () => {
  it("PROJ-1 a moderator's focus on a column reaches a participant live; a column not on the board is not_found; null clears it", async () => {
    const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
    const moderator = await member(boardId, moderatorKey);
    const participant = await member(boardId);
    const columnId = columnsIn(snapshot)[2].id;
    const target = { kind: "column", id: columnId };
    expect(await send(moderator.socket, op({ type: "focus.set", target }))).toMatchObject({ ok: true });
    await waitFor(
      () =>
        participant.frames
          .flatMap((frame) => frame.writes)
          .find(
            (write) => "put" in write && write.put.type === "focus" && (write.put as Focus).target?.id === columnId,
          ),
      "the focus in the participant's frame",
    );
    const before = await stored(boardId);
    for (const missing of [
      { kind: "column", id: "column-not-here" },
      { kind: "group", id: columnId },
      { kind: "meeting", id: "meeting-not-here" },
    ]) {
      expect(await send(moderator.socket, op({ type: "focus.set", target: missing }))).toMatchObject({
        ok: false,
        problem: { code: "not_found" },
      });
    }
    expect(await stored(boardId)).toEqual(before);
    await send(moderator.socket, op({ type: "focus.set", target: null }));
    expect((await stored(boardId)).focus?.target).toBeNull();
    moderator.socket.close();
    participant.socket.close();
  });
});

describe("the server's clock (TIMER-2)", () => {
  it("TIMER-2 GET /api/time answers the server's clock in ms, never from a cache", async () => {
    const before = Date.now();
    const response = await fetch(`${server().url}/api/time`);
    const after = Date.now();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { now } = (await response.json()) as { now: number };
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
  });
});
