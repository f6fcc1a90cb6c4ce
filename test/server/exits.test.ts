import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logTo } from "../../server/observability/logger";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import { OpSchema, type OpType } from "../../shared/ops";
import { createBoard, serverForThisFile } from "../helpers/testServer";
import { BoardUnderTest, ON_BOARD, type Received, type Transport } from "./exits/boardUnderTest";
import { Markers, type Persona, unfolded } from "./exits/markers";
import { type FixtureContext, impulseOffer, meeting, OP_FIXTURES, type OpFixture, register } from "./exits/opFixtures";

/**
 * VIS-8, generated from the op schema: for every op type, every exit and every role, no marker of a
 * private field reaches a role that may not read it, in the raw bytes it receives (VIS-7).
 */
const OP_TYPES = OpSchema.options.map((option) => option.shape.type.value);

const server = serverForThisFile({
  // The built client: the board's page (HTTP-7) is an exit too.
  clientDir: "dist",
  // Every persona joins again after each op (its catch-up); the default limits would slow that down.
  limits: {
    socketJoinBurst: 10_000,
    socketJoinsPerMinute: 100_000,
    joinsPerMinute: 100_000,
    restWritesPerMinute: 100_000,
    restReadsPerMinute: 100_000,
    // Its board page is read in every view after each op: a render each time (LIMIT-9).
    paintsPerMinute: 100_000,
  },
});

const fixtureOf = (type: string): OpFixture<OpType> | undefined =>
  (OP_FIXTURES as Record<string, OpFixture<OpType> | undefined>)[type];

/** Where a marker turned up in bytes its receiver may not read. */
function leaksIn(received: Map<Persona, Received[]>, markers: Markers): string[] {
  const leaks: string[] = [];
  for (const [persona, texts] of received) {
    const forbidden = markers.forbiddenFor(persona);
    for (const { exit, text } of texts) {
      const plain = unfolded(text);
      for (const marker of forbidden) if (plain.includes(marker)) leaks.push(`${persona} reads ${marker} in ${exit}`);
    }
  }
  return leaks;
}

/** Markers nobody entitled to them received: the fixture did not do what it says (the test would prove nothing). */
function unseen(received: Map<Persona, Received[]>, markers: Markers): string[] {
  return markers
    .readable()
    .filter(([marker, readers]) =>
      [...readers].every(
        (persona) => !(received.get(persona) ?? []).some(({ text }) => unfolded(text).includes(marker)),
      ),
    )
    .map(([marker]) => marker);
}

/** OBS-1: the server's log of everything this file does, at its most detailed level. */
const logLines: string[] = [];
/** What must never be in the log: every board's secrets and every marker of a private field. */
const neverLogged: string[] = [];
let restoreLog: () => void = () => undefined;
beforeAll(() => {
  restoreLog = logTo({ write: (line: string) => void logLines.push(line) }, "debug");
});
afterAll(() => restoreLog());

it("VIS-8 every op type of the schema has a fixture", () => {
  expect(OP_TYPES.length).toBeGreaterThan(0);
  expect(OP_TYPES.filter((type) => !fixtureOf(type))).toEqual([]);
});

describe.each<Transport>(["socket", "rest"])("VIS-7 VIS-8 every exit and role, the op sent over %s", (transport) => {
  let board: BoardUnderTest;

  beforeAll(async () => {
    board = await BoardUnderTest.open(server(), transport);
    // The roles' standing: a seated and a waiting registrant (each with a personal feed), a presenter.
    const context: FixtureContext = { board, mark: board.markers, meetings: [], groups: [] };
    const meetingId = await meeting(context, ["seated"]);
    await register(context, "seated", meetingId);
    await register(context, "waiting", meetingId);
    await board.addFeed("seated");
    await board.addFeed("waiting");
    await board.send("presenter", impulseOffer(context));
  });

  afterAll(() => {
    neverLogged.push(...board.secrets(), ...board.markers.all());
    return board.close();
  });

  for (const type of OP_TYPES) {
    it(`VIS-7 VIS-8 ${type}: no role reads a private field it may not, in any exit`, async () => {
      const fixture = fixtureOf(type);
      if (!fixture) throw new Error(`No fixture for op type ${type}: add one to OP_FIXTURES (test/server/exits).`);
      const since = await board.revision();
      const mark = new Markers(board.markers);
      const context: FixtureContext = { board, mark, meetings: [], groups: [] };
      const op = await fixture.prepare(context);
      const answers = new Map<Persona, Received[]>([[fixture.by, await board.submit(fixture.by, op)]]);
      // Everyone sends it once more: the refusals (a conflict's current copy among them) are exits too.
      const again = await Promise.all(ON_BOARD.map((persona) => board.attempt(persona, op)));
      ON_BOARD.forEach((persona, index) => {
        answers.set(persona, [...(answers.get(persona) ?? []), ...again[index]]);
      });
      const received = await board.receivedSince(since, context.meetings, context.groups);
      for (const [persona, texts] of answers) received.get(persona)?.push(...texts);

      expect(leaksIn(received, board.markers)).toEqual([]);
      expect(unseen(received, mark)).toEqual([]);
    });
  }
});

describe("OBS-1 the server's log of every op, exit and role above", () => {
  it("OBS-1 one JSON line per event, and no secret, board id, marker or word of anyone's in any line", async () => {
    // Requests that go wrong carry a marker where a careless log would copy it: body, path, query, key.
    const marker = `PRIVATE-log-${crypto.randomUUID()}`;
    const { boardId, moderatorKey } = await createBoard(server().url);
    neverLogged.push(boardId, moderatorKey, marker);
    const url = `${server().url}/api/boards/${boardId}`;
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    expect((await post("/ops", `{"opId": "${marker}", broken`)).status).toBe(400);
    const badOp = { opId: marker, op: { type: "card.add", cardId: marker, columnId: marker, rank: marker } };
    expect((await post("/ops", JSON.stringify(badOp), { "x-moderator-key": marker })).status).toBeGreaterThanOrEqual(
      400,
    );
    expect((await fetch(`${server().url}/api/boards/${marker}?key=${marker}`)).status).toBe(404);
    const socket = io(server().url, { transports: ["websocket"], forceNew: true });
    const refused = await socket.emitWithAck("board:join", {
      boardId,
      since: null,
      moderatorKey: marker,
      protocol: PROTOCOL_VERSION,
    });
    socket.close();
    expect(refused.ok).toBe(false);

    expect(logLines.length).toBeGreaterThan(OP_TYPES.length * 2);
    const entries = logLines.map((line) => JSON.parse(line) as { level: number; time: string; msg: string });
    for (const entry of entries) {
      expect(typeof entry.level).toBe("number");
      expect(typeof entry.msg).toBe("string");
    }
    const messages = new Set(entries.map((entry) => entry.msg));
    expect(messages).toContain("request");
    expect(messages).toContain("op");
    const log = logLines.join("");
    expect(neverLogged.length).toBeGreaterThan(OP_TYPES.length);
    expect(neverLogged.filter((secret) => log.includes(secret))).toEqual([]);
  });
});
