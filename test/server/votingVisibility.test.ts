import { describe, expect, it } from "vitest";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/** A member whose every raw Engine.IO packet is kept: what leaves the server for them, unparsed. */
async function member(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const wire: string[] = [];
  socket.io.engine.on("packet", (packet: { data?: unknown }) => {
    if (typeof packet.data === "string") wire.push(packet.data);
  });
  let revision = 0;
  socket.on("changes", (batch) => {
    for (const committed of batch) revision = Math.max(revision, committed.revision);
  });
  const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  const headers: Record<string, string> = {
    "X-Author-Token": joined.authorToken,
    ...(moderatorKey ? { "X-Moderator-Key": moderatorKey } : {}),
  };
  return {
    socket,
    wire,
    authorId: joined.authorId,
    send: async (op: Op) => {
      const answer = await sendOp(socket, newId(), op);
      expect(answer, op.type).toMatchObject({ ok: true });
    },
    at: () => revision,
    snapshot: async () => (await fetch(`${server().url}/api/boards/${boardId}`, { headers })).text(),
    /** Everything this member received so far: its wire, a REST snapshot and a catch-up from revision 0. */
    async everything(): Promise<string> {
      const rest = await (await fetch(`${server().url}/api/boards/${boardId}`, { headers })).text();
      const again = await connected(rawClient(server().url));
      const catchUp = await join(again, { boardId, since: 0, moderatorKey, authorToken: joined.authorToken });
      again.close();
      return [...wire, rest, JSON.stringify(catchUp)].join("\n");
    },
  };
}

type Member = Awaited<ReturnType<typeof member>>;

async function settle(boardId: string, members: Member[]) {
  const revision = (await server().store.revision(boardId)) ?? 0;
  await waitFor(() => members.every((each) => each.at() >= revision), "every member at the last revision");
}

async function boardWithCards() {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
  const moderator = await member(boardId, moderatorKey);
  const voter = await member(boardId);
  const other = await member(boardId);
  const columnId = snapshot.records.find((record) => record.type === "column")?.id ?? "";
  for (const cardId of ["card-secret-01", "card-secret-02"]) {
    await moderator.send({
      type: "card.add",
      cardId,
      columnId,
      rank: cardId === "card-secret-01" ? "a0" : "a1",
      authorName: null,
      content: { kind: "topic", title: cardId, body: "", link: null },
    });
  }
  return { boardId, moderatorKey, moderator, voter, other };
}

const open = (anonymous: boolean): Op => ({
  type: "votingRound.open",
  roundId: "round-secret-1",
  tallyId: "TALLY-HIDDEN-MARK",
  title: "",
  votesPerPerson: 5,
  maxPerCard: 3,
  anonymous,
  results: "atClose",
  columnIds: null,
});
const cast = (ballotId: string, voterName: string | null = null): Op => ({
  type: "vote.cast",
  roundId: "round-secret-1",
  cardId: "card-secret-01",
  ballotId,
  voterName,
});

describe("hidden results and anonymous rounds leak nothing (VOTE-4, VOTE-5, VIS-9)", () => {
  it("VOTE-4 VOTE-5 VIS-9 while hidden no participant receives counts; an anonymous ballot reaches its voter alone, moderators included", async () => {
    const { boardId, moderatorKey, moderator, voter, other } = await boardWithCards();
    await moderator.send(open(true));
    await voter.send(cast("BALLOT-VOTER-MARK"));
    await voter.send(cast("BALLOT-VOTER-MARK"));
    // A moderator who votes too gets their own ballot in frames of their own; no one else does.
    await moderator.send(cast("BALLOT-MODERATOR-MARK"));
    await settle(boardId, [moderator, voter, other]);

    const [moderatorSaw, voterSaw, otherSaw] = await Promise.all([moderator, voter, other].map((m) => m.everything()));
    for (const participant of [voterSaw, otherSaw]) {
      expect(participant).not.toContain("TALLY-HIDDEN-MARK");
      expect(participant).not.toContain('"counts"');
      expect(participant).not.toContain("BALLOT-MODERATOR-MARK");
    }
    expect(voterSaw).toContain("BALLOT-VOTER-MARK");
    expect(otherSaw).not.toContain("BALLOT-VOTER-MARK");
    expect(otherSaw).not.toContain('"type":"ballot"');
    expect(moderatorSaw).toContain("TALLY-HIDDEN-MARK");
    expect(moderatorSaw).not.toContain("BALLOT-VOTER-MARK");
    expect(moderatorSaw).toContain("BALLOT-MODERATOR-MARK");
    // Their own snapshot (REST, with their author token) holds their ballot too, not the voter's.
    const ownSnapshot = await moderator.snapshot();
    expect(ownSnapshot).toContain("BALLOT-MODERATOR-MARK");
    expect(ownSnapshot).not.toContain("BALLOT-VOTER-MARK");
    // A moderators' view without an author token reads no ballot at all.
    const plainModerator = await (
      await fetch(`${server().url}/api/boards/${boardId}`, {
        headers: { "X-Moderator-Key": moderatorKey },
      })
    ).text();
    expect(plainModerator).not.toContain('"type":"ballot"');

    // Closing reveals the counts to everyone, never the ballots.
    await moderator.send({ type: "votingRound.close", roundId: "round-secret-1" });
    await settle(boardId, [moderator, voter, other]);
    const afterClose = await other.everything();
    expect(afterClose).toContain("TALLY-HIDDEN-MARK");
    expect(afterClose).toContain('"card-secret-01":3');
    expect(afterClose).not.toContain("BALLOT-VOTER-MARK");
    expect(afterClose).not.toContain(voter.authorId);
    for (const each of [moderator, voter, other]) each.socket.close();
  });

  it("VOTE-5 a named round's ballot reaches its voter and the moderators with the name, no other participant", async () => {
    const { boardId, moderator, voter, other } = await boardWithCards();
    await moderator.send(open(false));
    await voter.send(cast("BALLOT-NAMED-MARK", "NAME-OF-VOTER-MARK"));
    await settle(boardId, [moderator, voter, other]);
    const [moderatorSaw, voterSaw, otherSaw] = await Promise.all([moderator, voter, other].map((m) => m.everything()));
    expect(moderatorSaw).toContain("NAME-OF-VOTER-MARK");
    expect(voterSaw).toContain("NAME-OF-VOTER-MARK");
    expect(otherSaw).not.toContain("NAME-OF-VOTER-MARK");
    expect(otherSaw).not.toContain("BALLOT-NAMED-MARK");
    expect(voterSaw).not.toContain("TALLY-HIDDEN-MARK");
    for (const each of [moderator, voter, other]) each.socket.close();
  });

  it("LIKE-2 VIS-9 who liked a card reaches nobody but the liker; the count reaches everyone", async () => {
    const { boardId, moderator, voter, other } = await boardWithCards();
    await moderator.send({ type: "likes.configure", enabled: true });
    await voter.send({ type: "like.add", likeId: "LIKE-OF-VOTER-MARK", cardId: "card-secret-02" });
    await other.send({ type: "like.add", likeId: "LIKE-OF-OTHER-MARK", cardId: "card-secret-02" });
    await settle(boardId, [moderator, voter, other]);
    const [moderatorSaw, voterSaw, otherSaw] = await Promise.all([moderator, voter, other].map((m) => m.everything()));
    expect(voterSaw).toContain("LIKE-OF-VOTER-MARK");
    expect(voterSaw).not.toContain("LIKE-OF-OTHER-MARK");
    expect(otherSaw).not.toContain("LIKE-OF-VOTER-MARK");
    expect(moderatorSaw).not.toContain("LIKE-OF-VOTER-MARK");
    expect(moderatorSaw).not.toContain("LIKE-OF-OTHER-MARK");
    for (const saw of [moderatorSaw, voterSaw, otherSaw]) expect(saw).toContain('"count":2');
    for (const each of [moderator, voter, other]) each.socket.close();
  });
});
