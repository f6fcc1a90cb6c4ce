import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, keepWire, rawClient, sendOp, snapshotOfJoin, waitFor } from "../helpers/clients";
import { addCardOp, meetingAddOp } from "../helpers/fixtures";
import { type Keys, keyHeaders, newSpecialLink } from "../helpers/linkKeys";
import { createBoard, serverForThisFile } from "../helpers/testServer";

/**
 * LINK-1..6 in raw bytes per role: what a submission link's and a small group's link's holders
 * receive through every exit (socket frames and acks, the join's snapshot, a catch-up, the REST
 * snapshot, the exports, one's own data), which of their ops the server refuses, and revocation.
 */
const server = serverForThisFile();

/** A member whose every raw message packet is kept: what leaves the server for them, unparsed. */
async function member(boardId: string, keys: Keys = {}) {
  const socket = rawClient(server().url);
  const wire = keepWire(socket);
  await connected(socket);
  let revision = 0;
  socket.on("changes", (batch) => {
    for (const committed of batch) revision = Math.max(revision, committed.revision);
  });
  const joined = (await join(socket, { boardId, since: null, ...keys })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  revision = Math.max(revision, snapshotOfJoin(joined)?.revision ?? 0);
  const headers: Record<string, string> = { "X-Author-Token": joined.authorToken, ...keyHeaders(keys) };
  const get = async (path: string) => (await fetch(`${server().url}/api/boards/${boardId}${path}`, { headers })).text();
  return {
    socket,
    wire,
    joined,
    headers,
    send: (op: Op) => sendOp(socket, newId(), op),
    at: () => revision,
    /** Everything this member received so far, and every read exit's answer now. */
    async everything(): Promise<string> {
      const again = await connected(rawClient(server().url));
      const catchUp = await join(again, { boardId, since: 0, authorToken: joined.authorToken, ...keys });
      again.close();
      const reads = await Promise.all(
        ["", "/export.json", "/export.md", "/export.csv", "/my-data.json", "/meetings"].map(get),
      );
      return [...wire, JSON.stringify(catchUp), ...reads].join("\n");
    },
  };
}

type Member = Awaited<ReturnType<typeof member>>;

async function settle(boardId: string, members: Member[]) {
  const revision = (await server().store.revision(boardId)) ?? 0;
  await waitFor(() => members.every((each) => each.at() >= revision), "every member at the last revision");
}

const marker = (what: string) => `PRIVATE-${what}-${randomBytes(6).toString("hex")}`;

const cardAdd = (columnId: string, title: string) => addCardOp(newId(), columnId, "a0", title, null);

/** A board with columns A and B, a moderator, a participant, and one holder of each kind of link. */
async function workshop() {
  const { boardId, moderatorKey } = await createBoard(server().url);
  const moderator = await member(boardId, { moderatorKey });
  const columnA = newId();
  const columnB = newId();
  for (const [columnId, title] of [
    [columnA, "Gruppe A"],
    [columnB, "Gruppe B"],
  ]) {
    expect(await moderator.send({ type: "column.add", columnId, title, description: "", rank: "b0" })).toMatchObject({
      ok: true,
    });
  }
  const group = newSpecialLink("group", columnA);
  const submission = newSpecialLink("submission", null);
  for (const link of [group, submission]) expect(await moderator.send(link.op)).toMatchObject({ ok: true });
  const participant = await member(boardId);
  const groupMember = await member(boardId, { linkKey: group.linkKey });
  const submitter = await member(boardId, { linkKey: submission.linkKey });
  return { boardId, moderatorKey, moderator, participant, groupMember, submitter, columnA, columnB, group, submission };
}

const meetingAdd = (theme: string) => meetingAddOp({ meetingId: newId(), theme, date: "2031-03-12", place: "Rathaus" });

describe("LINK-2 LINK-3 what link holders read, in raw bytes of every exit", () => {
  it("LINK-2 LINK-3 a submitter reads the board's structure and their own cards; a small group its column's cards; neither anything else", async () => {
    const w = await workshop();
    const inA = marker("participant-in-A");
    const inB = marker("participant-in-B");
    const groupPost = marker("group-post");
    const submitted = marker("submitted");
    const meeting = marker("meeting-theme");
    const columnTitle = marker("column-title");
    expect(await w.participant.send(cardAdd(w.columnA, inA))).toMatchObject({ ok: true });
    expect(await w.participant.send(cardAdd(w.columnB, inB))).toMatchObject({ ok: true });
    expect(await w.groupMember.send(cardAdd(w.columnA, groupPost))).toMatchObject({ ok: true });
    expect(await w.submitter.send(cardAdd(w.columnB, submitted))).toMatchObject({ ok: true });
    expect(await w.moderator.send(meetingAdd(meeting))).toMatchObject({ ok: true });
    const columnC = newId();
    const column = { type: "column.add", columnId: columnC, title: columnTitle, description: "", rank: "c0" } as const;
    expect(await w.moderator.send(column)).toMatchObject({ ok: true });
    const everyone = [w.moderator, w.participant, w.groupMember, w.submitter];
    await settle(w.boardId, everyone);

    const submitterRead = await w.submitter.everything();
    expect(submitterRead).toContain(submitted);
    expect(submitterRead).toContain(columnTitle);
    for (const hidden of [inA, inB, groupPost, meeting]) expect(submitterRead).not.toContain(hidden);

    const groupRead = await w.groupMember.everything();
    expect(groupRead).toContain(inA);
    expect(groupRead).toContain(groupPost);
    for (const hidden of [inB, submitted, meeting]) expect(groupRead).not.toContain(hidden);

    // The plenary reads every column, the links' posts included (LINK-1).
    const plenaryRead = await w.participant.everything();
    for (const shown of [inA, inB, groupPost, submitted, meeting, columnTitle]) expect(plenaryRead).toContain(shown);
  });

  it("LINK-6 no link record reaches a participant or a link holder, and its hash reaches nobody", async () => {
    const w = await workshop();
    await settle(w.boardId, [w.moderator, w.participant, w.groupMember, w.submitter]);
    const hashes = [w.group.keyHash, w.submission.keyHash];
    const moderatorRead = await w.moderator.everything();
    expect(moderatorRead).toContain(w.group.op.label);
    for (const reader of [w.participant, w.groupMember, w.submitter]) {
      const read = await reader.everything();
      expect(read).not.toContain(w.group.op.label);
      expect(read).not.toContain(w.submission.op.label);
      for (const hash of hashes) expect(read).not.toContain(hash);
    }
    for (const hash of hashes) expect(moderatorRead).not.toContain(hash);
  });

  it("LINK-2 a card moved out of the small group's column goes from its page without saying where; one moved in arrives", async () => {
    const w = await workshop();
    const title = marker("wandering");
    const add = cardAdd(w.columnA, title);
    expect(await w.participant.send(add)).toMatchObject({ ok: true });
    await settle(w.boardId, [w.groupMember]);
    const before = w.groupMember.wire.length;
    const moveOut = { type: "card.move", cardId: add.cardId, columnId: w.columnB, rank: "a5" } as const;
    expect(await w.participant.send(moveOut)).toMatchObject({ ok: true });
    await settle(w.boardId, [w.groupMember, w.submitter]);
    const outFrames = w.groupMember.wire.slice(before).join("\n");
    expect(outFrames).toContain(`"remove":{"type":"card","id":"${add.cardId}"}`);
    expect(outFrames).not.toContain(w.columnB);
    expect(outFrames).not.toContain(title);
    expect(w.submitter.wire.join("\n")).not.toContain(add.cardId);

    const moveIn = { type: "card.move", cardId: add.cardId, columnId: w.columnA, rank: "a6" } as const;
    expect(await w.participant.send(moveIn)).toMatchObject({ ok: true });
    await settle(w.boardId, [w.groupMember]);
    expect(w.groupMember.wire.join("\n")).toContain(title);
  });

  it("LINK-3 every link holder gets a frame for every change, so its revision stays contiguous", async () => {
    const w = await workshop();
    const revisions: number[] = [];
    w.submitter.socket.on("changes", (batch) => revisions.push(...batch.map((committed) => committed.revision)));
    const from = (await server().store.revision(w.boardId)) ?? 0;
    for (let index = 0; index < 5; index += 1) {
      expect(await w.participant.send(cardAdd(w.columnB, `Karte ${index}`))).toMatchObject({ ok: true });
    }
    expect(await w.moderator.send(meetingAdd("Treffen"))).toMatchObject({ ok: true });
    await settle(w.boardId, [w.submitter, w.groupMember]);
    expect(revisions).toEqual([from + 1, from + 2, from + 3, from + 4, from + 5, from + 6]);
    expect(w.groupMember.at()).toBe(from + 6);
  });
});

describe("LINK-4 a link holder's ops", () => {
  it("LINK-4 the server refuses what the link does not allow, before any rule, and nothing changes", async () => {
    const w = await workshop();
    const othersCard = cardAdd(w.columnA, "Von jemand anderem");
    expect(await w.participant.send(othersCard)).toMatchObject({ ok: true });
    const own = cardAdd(w.columnA, "Eigene Karte");
    expect(await w.groupMember.send(own)).toMatchObject({ ok: true });
    const revision = await server().store.revision(w.boardId);
    const refused: [Member, Op][] = [
      [w.groupMember, cardAdd(w.columnB, "Falsche Spalte")],
      [w.groupMember, { type: "card.move", cardId: own.cardId, columnId: w.columnB, rank: "a1" }],
      [w.groupMember, { type: "card.remove", cardId: othersCard.cardId }],
      [w.submitter, { type: "card.remove", cardId: othersCard.cardId }],
      [w.submitter, { type: "card.remove", cardId: own.cardId }],
      [w.submitter, { type: "column.add", columnId: newId(), title: "X", description: "", rank: "z0" }],
      [w.groupMember, meetingAdd("Treffen")],
      [w.submitter, { type: "likes.configure", enabled: true }],
      [w.submitter, newSpecialLink("submission", null).op],
      [w.groupMember, { type: "link.revoke", linkId: w.group.op.linkId }],
    ];
    for (const [who, op] of refused) {
      const answer = await who.send(op);
      expect(answer, op.type).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    }
    // The same over REST, with the link's key.
    const rest = await fetch(`${server().url}/api/boards/${w.boardId}/ops`, {
      method: "POST",
      headers: { "content-type": "application/json", ...w.groupMember.headers },
      body: JSON.stringify({ op: cardAdd(w.columnB, "Über REST") }),
    });
    expect(rest.status).toBe(403);
    expect(await server().store.revision(w.boardId)).toBe(revision);
    // What the link allows still works: editing one's own card in the group's column.
    const edit = { type: "card.edit", cardId: own.cardId, baseVersion: 1, content: own.content } as const;
    expect(await w.groupMember.send(edit)).toMatchObject({ ok: true });
  });

  it("LINK-4 a submitter posts into any column and edits and removes only their own cards", async () => {
    const w = await workshop();
    const own = cardAdd(w.columnB, "Meine Frage");
    expect(await w.submitter.send(own)).toMatchObject({ ok: true });
    const edit = { type: "card.edit", cardId: own.cardId, baseVersion: 1, content: own.content } as const;
    expect(await w.submitter.send(edit)).toMatchObject({ ok: true });
    expect(await w.submitter.send({ type: "card.remove", cardId: own.cardId })).toMatchObject({ ok: true });
  });
});

describe("LINK-5 revoking and wrong keys", () => {
  it("LINK-5 a revoked link's holders are cut off at once, and its key opens nothing any more", async () => {
    const w = await workshop();
    const disconnected = new Promise<void>((resolve) => w.groupMember.socket.on("disconnect", () => resolve()));
    expect(await w.moderator.send({ type: "link.revoke", linkId: w.group.op.linkId })).toMatchObject({ ok: true });
    await disconnected;
    // The submitter's link stands.
    expect(w.submitter.socket.connected).toBe(true);
    const again = await connected(rawClient(server().url));
    const refused = await join(again, { boardId: w.boardId, since: null, linkKey: w.group.linkKey });
    again.close();
    expect(refused).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    const rest = await fetch(`${server().url}/api/boards/${w.boardId}`, { headers: w.groupMember.headers });
    expect(rest.status).toBe(403);
    expect(await rest.text()).not.toContain("Gruppe A");
  });

  it("LINK-3 a key that opens nothing is refused, never read as a participant's join", async () => {
    const w = await workshop();
    const socket = await connected(rawClient(server().url));
    const [linkId] = w.group.linkKey.split(".");
    for (const linkKey of [
      `${linkId}.${randomBytes(32).toString("base64url")}`,
      "not-a-key",
      `${newId()}.${"x".repeat(40)}`,
    ]) {
      expect(await join(socket, { boardId: w.boardId, since: null, linkKey })).toMatchObject({
        ok: false,
        problem: { code: expect.stringMatching(/forbidden|invalid_input/) },
      });
    }
    socket.close();
    const rest = await fetch(`${server().url}/api/boards/${w.boardId}`, { headers: { "X-Link-Key": "nonsense" } });
    expect(rest.status).toBe(403);
    // HTTP-2: an answer read with a link's key is that caller's alone.
    const held = await fetch(`${server().url}/api/boards/${w.boardId}`, { headers: w.submitter.headers });
    expect(held.status).toBe(200);
    expect(held.headers.get("vary")?.toLowerCase()).toContain("x-link-key");
  });
});
