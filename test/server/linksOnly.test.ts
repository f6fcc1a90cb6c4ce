import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, keepWire, rawClient, sendOp, waitFor } from "../helpers/clients";
import { addCardOp, meetingAddOp } from "../helpers/fixtures";
import { type Keys, keyHeaders, newSpecialLink, secretAndHash } from "../helpers/linkKeys";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

/**
 * LINK-7 with real sockets and REST: a links-only board opens for moderators (the board's key, a
 * co-moderator link) and special links' holders alone; the board id by itself opens nothing.
 */
const server = serverForThisFile();

/** A socket whose every raw message packet is kept, as it came off the wire, with its join's answer. */
async function member(boardId: string, keys: Keys = {}) {
  const socket: BoardClientSocket = rawClient(server().url);
  const wire = keepWire(socket);
  await connected(socket);
  const events: string[] = [];
  socket.on("disconnect", (reason) => events.push(`disconnect:${reason}`));
  const response: JoinResponse = await join(socket, { boardId, since: null, ...keys });
  return { socket, wire, events, response };
}

function rest(boardId: string, keys: Keys, op?: Op) {
  return fetch(`${server().url}/api/boards/${boardId}${op ? "/ops" : ""}`, {
    method: op ? "POST" : "GET",
    headers: { "content-type": "application/json", ...keyHeaders(keys) },
    ...(op ? { body: JSON.stringify({ op }) } : {}),
  });
}

const cardAdd = (columnId: string, title: string) => addCardOp(newId(), columnId, "a0", title, null);

const meetingAdd = (theme: string) => meetingAddOp({ meetingId: newId(), theme, date: "2031-03-12", place: "Rathaus" });

const calendar = async (boardId: string) => {
  const response = await fetch(`${server().url}/api/boards/${boardId}/meetings.ics`);
  return { status: response.status, text: await response.text() };
};

const linksOnly = (on: boolean): Op => ({ type: "moderation.linksOnly", on });

/** A board with a moderator, a co-moderator link and a submission link. */
async function workshop() {
  const board = await createBoard(server().url);
  const moderator = await member(board.boardId, { moderatorKey: board.moderatorKey });
  const invite = secretAndHash();
  const inviteOp: Op = { type: "moderatorInvite.create", inviteId: newId(), label: "Ada", keyHash: invite.keyHash };
  expect(await sendOp(moderator.socket, newId(), inviteOp)).toMatchObject({ ok: true });
  const submission = newSpecialLink("submission", null, "Einreichen");
  expect(await sendOp(moderator.socket, newId(), submission.op)).toMatchObject({ ok: true });
  return {
    ...board,
    moderator,
    columnId: columnsIn(board.snapshot)[0].id,
    coModerator: { moderatorKey: invite.secret },
    submitter: { linkKey: submission.linkKey },
  };
}

describe("LINK-7 a links-only board", () => {
  it("LINK-7 refuses a keyless join and REST call (no byte of a card), cuts off the connected participant, keeps links and co-moderators; off again lets the plenary in", async () => {
    const w = await workshop();
    const participant = await member(w.boardId);
    expect(participant.response).toMatchObject({ ok: true, role: "participant" });
    const marker = `PRIVATE-card-${randomBytes(6).toString("hex")}`;
    expect(await sendOp(participant.socket, newId(), cardAdd(w.columnId, marker))).toMatchObject({ ok: true });
    const theme = `PRIVATE-meeting-${randomBytes(6).toString("hex")}`;
    expect(await sendOp(w.moderator.socket, newId(), meetingAdd(theme))).toMatchObject({ ok: true });
    expect((await calendar(w.boardId)).text).toContain(theme);

    expect(await sendOp(w.moderator.socket, newId(), linksOnly(true))).toMatchObject({ ok: true });
    await waitFor(() => participant.events.includes("disconnect:io server disconnect"), "the participant cut off");
    expect(w.moderator.socket.connected).toBe(true);

    const refused = await member(w.boardId);
    expect(refused.response).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(JSON.stringify(refused.response)).toMatch(/only through a link/);
    const get = await rest(w.boardId, {});
    const post = await rest(w.boardId, {}, cardAdd(w.columnId, "Ohne Link"));
    expect([get.status, post.status]).toEqual([403, 403]);
    const refusedBytes = [...refused.wire, await get.text(), await post.text()].join("\n");
    expect(refusedBytes).toContain("only through a link");
    expect(refusedBytes).not.toContain(marker);
    expect(refusedBytes).not.toContain(w.columnId);
    // The public calendar needs no key at all: it is closed too.
    const closedCalendar = await calendar(w.boardId);
    expect(closedCalendar.status).toBe(403);
    expect(closedCalendar.text).not.toContain(theme);

    const submitter = await member(w.boardId, w.submitter);
    expect(submitter.response).toMatchObject({ ok: true, role: "participant", scope: { kind: "submission" } });
    expect(await sendOp(submitter.socket, newId(), cardAdd(w.columnId, "Per Link"))).toMatchObject({ ok: true });
    expect((await rest(w.boardId, w.submitter, cardAdd(w.columnId, "Per Link, REST"))).status).toBe(201);
    const coModerator = await member(w.boardId, w.coModerator);
    expect(coModerator.response).toMatchObject({ ok: true, role: "moderator" });
    const coSnapshot = await rest(w.boardId, w.coModerator);
    expect(coSnapshot.status).toBe(200);
    expect(await coSnapshot.text()).toContain(marker);
    expect((await rest(w.boardId, { moderatorKey: w.moderatorKey })).status).toBe(200);

    expect(await sendOp(coModerator.socket, newId(), linksOnly(false))).toMatchObject({ ok: true });
    const back = await member(w.boardId);
    expect(back.response).toMatchObject({ ok: true, role: "participant" });
    expect(back.wire.join("\n")).toContain(marker);
    expect((await rest(w.boardId, {})).status).toBe(200);
    expect((await calendar(w.boardId)).text).toContain(theme);
    expect(submitter.socket.connected).toBe(true);
    for (const each of [w.moderator, participant, refused, submitter, coModerator, back]) each.socket.close();
  });

  it("LINK-7 neither participants nor link holders switch it", async () => {
    const w = await workshop();
    const participant = await member(w.boardId);
    expect(await sendOp(participant.socket, newId(), linksOnly(true))).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    const submitter = await member(w.boardId, w.submitter);
    expect(await sendOp(submitter.socket, newId(), linksOnly(true))).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    for (const each of [w.moderator, participant, submitter]) each.socket.close();
  });
});
