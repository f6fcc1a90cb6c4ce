import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { Problem } from "../../shared/errors";
import { LIMITS } from "../../shared/limits";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
let boardId: string;
let columnId: string;
beforeAll(async () => {
  // More joins from one socket than a browser makes: every malformed kind, one after the other.
  server = await startTestServer({ limits: { socketJoinBurst: 100 } });
  const board = await createBoard(server.url);
  boardId = board.boardId;
  columnId = columnsIn(board.snapshot)[0].id;
});
afterAll(async () => {
  await server.stop();
  server.cleanup();
});

/** Sends raw, untyped payloads the way a buggy or hostile client would. */
function emitRaw(socket: ReturnType<typeof rawClient>, event: string, ...args: unknown[]): Promise<unknown> {
  return (
    socket.timeout(5_000) as unknown as { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> }
  ).emitWithAck(event, ...args);
}

describe("malformed input on the socket", () => {
  it("VAL-1 VAL-4 answers every bad request with a typed error and changes nothing", async () => {
    const socket = await connected(rawClient(server.url));
    expect(await sendOp(socket, "op-early-01", addCardOp("card-early", columnId, "a0"))).toMatchObject({
      ok: false,
      problem: { code: "not_joined" },
    });
    const badJoins: [unknown, string][] = [
      [null, "invalid_input"],
      ["board", "invalid_input"],
      [{ boardId: "x", since: null }, "invalid_input"],
      [{ boardId, since: "0" }, "invalid_input"],
      [{ boardId, since: null, admin: true }, "invalid_input"],
      [{ boardId: "board-does-not-exist", since: null, protocol: PROTOCOL_VERSION }, "unknown_board"],
      [{ boardId, since: null, moderatorKey: "wrong-key-wrong-key-wrong", protocol: PROTOCOL_VERSION }, "forbidden"],
      [{ boardId, since: null, protocol: 0 }, "invalid_input"],
      // A page from before protocol versions sends none: it is told to reload, not given records it misreads.
      [{ boardId, since: null }, "outdated_client"],
    ];
    for (const [request, code] of badJoins) {
      expect(await emitRaw(socket, "board:join", request), JSON.stringify(request)).toMatchObject({
        ok: false,
        problem: { code },
      });
    }
    expect(await join(socket, { boardId, since: null })).toMatchObject({ ok: true, role: "participant" });

    const badOps: unknown[] = [
      undefined,
      42,
      { opId: "op-bad-0001" },
      { opId: "op-bad-0001", op: { type: "card.add" } },
      { opId: "op-bad-0001", op: { ...addCardOp("card-bad-1", columnId, "a0"), authorId: "forged" } },
      { opId: "op-bad-0001", op: addCardOp("card-bad-1", columnId, "a0", "x".repeat(LIMITS.cardTitle + 1)) },
      {
        opId: "op-bad-0001",
        op: {
          ...addCardOp("card-bad-1", columnId, "a0"),
          content: { kind: "topic", title: "x", body: "", link: "javascript:alert(1)" },
        },
      },
      {
        opId: "op-bad-0001",
        op: { type: "column.add", columnId: "col-x-0001", title: "x", rank: "a0", __proto__: { admin: true } },
      },
      { opId: ["op-bad-0001"], op: addCardOp("card-bad-1", columnId, "a0") },
    ];
    for (const request of badOps) {
      const response = (await emitRaw(socket, "op", request)) as { ok: boolean; problem: Problem };
      expect(response.ok, JSON.stringify(request)).toBe(false);
      expect(["invalid_input", "forbidden"]).toContain(response.problem.code);
      expect(response.problem.message.length).toBeGreaterThan(5);
    }
    expect(await sendOp(socket, "op-bad-0002", { type: "column.remove", columnId })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(await boardContents(server.store, boardId)).toMatchObject({ revision: 0, cards: [] });
    socket.close();
  });

  it("VAL-2 answers unknown events and events without an acknowledgement with a problem event", async () => {
    const socket = await connected(rawClient(server.url));
    const problems: Problem[] = [];
    socket.on("problem", (problem) => problems.push(problem));
    (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit("card:delete-everything", { all: true });
    (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit("op", { opId: "op-noack-01" });
    await waitFor(() => problems.length === 2, "two problems");
    expect(problems.map((p) => p.code).sort()).toEqual(["invalid_input", "unknown_event"]);
    socket.close();
  });

  it("VAL-3 drops only the connection that sends a frame over the size limit; the server keeps serving", async () => {
    const bystander = await connected(rawClient(server.url));
    await join(bystander, { boardId, since: null });
    const hostile = await connected(rawClient(server.url));
    hostile.io.opts.reconnection = false;
    const closed = new Promise<string>((resolve) => hostile.once("disconnect", resolve));
    (hostile as unknown as { emit(e: string, ...a: unknown[]): void }).emit("op", {
      blob: "x".repeat(LIMITS.payloadBytes * 2),
    });
    expect(await closed).toMatch(/transport/);
    expect(bystander.connected).toBe(true);
    expect(await sendOp(bystander, "op-after-big", addCardOp("card-after-big", columnId, "a0"))).toMatchObject({
      ok: true,
    });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    bystander.close();
  });
});
