import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore } from "../../server/store/postgres/PostgresBoardStore";
import type { BaseRecord } from "../../shared/core/records";
import type { JoinResponse, OpResponse } from "../../shared/events";
import type { Ballot, VoteTally } from "../../shared/features/voting";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { migratedPostgresDatabase } from "../helpers/services/postgres";
import { cardsIn, createBoard, serverForThisFile, startTestServer, type TestServer } from "../helpers/testServer";

const sqlite = serverForThisFile();
let postgres: TestServer | undefined;
beforeAll(async () => {
  postgres = await startTestServer({ store: new PostgresBoardStore(openPool(await migratedPostgresDatabase())) });
});
afterAll(async () => {
  await postgres?.stop();
});

/** The server the current test runs against: each test runs on SQLite and on PostgreSQL. */
let server: () => TestServer = sqlite;

/** A socket joined to the board; with `authorToken`, as another tab of the same browser. */
async function tab(boardId: string, options: { moderatorKey?: string; authorToken?: string } = {}) {
  const socket = await connected(rawClient(server().url));
  const joined = (await join(socket, { boardId, since: null, ...options })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  return { socket, authorToken: joined.authorToken, send: (op: Op) => sendOp(socket, newId(), op) };
}

async function restOp(boardId: string, authorToken: string, op: Op): Promise<{ ok: boolean }> {
  const response = await fetch(`${server().url}/api/boards/${boardId}/ops`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Author-Token": authorToken, "Idempotency-Key": newId() },
    body: JSON.stringify({ op }),
  });
  const body = (await response.json()) as { error?: { code: string } };
  if (response.status !== 201) expect(body.error?.code).toBe("limit_reached");
  return { ok: response.status === 201 };
}

const stored = async (boardId: string, type: string) =>
  ((await server().store.readBoard(boardId))?.records ?? []).filter((record: BaseRecord) => record.type === type);

/** A board with a round open on every card, and one person in three tabs plus a script with their token. */
async function votingBoard(votesPerPerson: number, maxPerCard: number) {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
  const moderator = await tab(boardId, { moderatorKey });
  const columnId = snapshot.records.find((record) => record.type === "column")?.id ?? "";
  const cardIds = ["card-vote-0001", "card-vote-0002", "card-vote-0003", "card-vote-0004"];
  for (const [index, cardId] of cardIds.entries()) {
    const added = await moderator.send({
      type: "card.add",
      cardId,
      columnId,
      rank: `a${index}`,
      authorName: null,
      content: { kind: "topic", title: `Karte ${index}`, body: "", link: null },
    });
    expect(added.ok).toBe(true);
  }
  const opened = await moderator.send({
    type: "votingRound.open",
    roundId: "round-limits-1",
    tallyId: "tally-limits-1",
    title: "",
    votesPerPerson,
    maxPerCard,
    anonymous: true,
    results: "live",
    columnIds: null,
  });
  expect(opened.ok).toBe(true);
  const token = randomBytes(32).toString("base64url");
  const tabs = await Promise.all([1, 2, 3].map(() => tab(boardId, { authorToken: token })));
  return { boardId, moderator, tabs, token, cardIds };
}

const cast = (cardId: string): Op => ({
  type: "vote.cast",
  roundId: "round-limits-1",
  cardId,
  ballotId: newId(),
  voterName: null,
});

const landed = (answers: readonly { ok: boolean }[]) => answers.filter((answer) => answer.ok).length;
const refusedAs = (answers: readonly OpResponse[]) =>
  new Set(answers.filter((answer) => !answer.ok).map((answer) => !answer.ok && answer.problem.code));

describe.each([
  ["SQLite", () => sqlite()],
  ["PostgreSQL", () => postgres as TestServer],
])("vote limits under concurrent votes of one person on %s (VOTE-3)", (_store, serverOf) => {
  beforeAll(() => {
    server = serverOf;
  });

  it("VOTE-3 three tabs and a script of one person cast 40 votes at once: exactly the 5 votes per person land", async () => {
    const { boardId, moderator, tabs, token, cardIds } = await votingBoard(5, 5);
    const socketVotes = tabs.flatMap((each, index) =>
      Array.from({ length: 10 }, (_, n) => each.send(cast(cardIds[(index + n) % cardIds.length]))),
    );
    const restVotes = Array.from({ length: 10 }, (_, n) => restOp(boardId, token, cast(cardIds[n % cardIds.length])));
    const socketAnswers = await Promise.all(socketVotes);
    const restAnswers = await Promise.all(restVotes);
    expect(landed(socketAnswers) + landed(restAnswers)).toBe(5);
    expect(refusedAs(socketAnswers)).toEqual(new Set(["limit_reached"]));

    const ballots = (await stored(boardId, "ballot")) as Ballot[];
    expect(ballots).toHaveLength(1);
    expect(Object.values(ballots[0].dots).reduce((sum, dots) => sum + dots, 0)).toBe(5);
    const [tally] = (await stored(boardId, "voteTally")) as VoteTally[];
    expect(Object.values(tally.counts).reduce((sum, votes) => sum + votes, 0)).toBe(5);
    expect(tally.voters).toBe(1);
    // Taking one back frees exactly one.
    expect(
      (await tabs[0].send({ type: "vote.retract", roundId: "round-limits-1", cardId: Object.keys(ballots[0].dots)[0] }))
        .ok,
    ).toBe(true);
    const again = await Promise.all(tabs.map((each) => each.send(cast(cardIds[0]))));
    expect(landed(again)).toBe(1);
    for (const each of [moderator, ...tabs]) each.socket.close();
  });

  it("VOTE-3 40 votes at once on one card from three tabs and a script: exactly the 2 per card land", async () => {
    const { boardId, moderator, tabs, token, cardIds } = await votingBoard(12, 2);
    const socketVotes = tabs.flatMap((each) => Array.from({ length: 10 }, () => each.send(cast(cardIds[0]))));
    const restVotes = Array.from({ length: 10 }, () => restOp(boardId, token, cast(cardIds[0])));
    const answers = [...(await Promise.all(socketVotes)), ...(await Promise.all(restVotes))];
    expect(landed(answers)).toBe(2);
    const [tally] = (await stored(boardId, "voteTally")) as VoteTally[];
    expect(tally.counts).toEqual({ [cardIds[0]]: 2 });
    // The other cards still take votes.
    expect((await tabs[1].send(cast(cardIds[1]))).ok).toBe(true);
    for (const each of [moderator, ...tabs]) each.socket.close();
  });

  it("VOTE-3 another person's votes count apart: two people each get their own 5", async () => {
    const { boardId, moderator, tabs, cardIds } = await votingBoard(5, 5);
    const other = await tab(boardId);
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, (_, n) => tabs[n % 3].send(cast(cardIds[n % 4]))),
      ...Array.from({ length: 8 }, (_, n) => other.send(cast(cardIds[n % 4]))),
    ]);
    expect(landed(answers)).toBe(10);
    expect(((await stored(boardId, "ballot")) as Ballot[]).map((ballot) => ballot.id)).toHaveLength(2);
    expect(cardsIn({ boardId, revision: 0, records: await stored(boardId, "card") })).toHaveLength(4);
    for (const each of [moderator, other, ...tabs]) each.socket.close();
  });
});
