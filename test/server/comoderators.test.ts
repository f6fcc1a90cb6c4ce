import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, keepWire, rawClient, sendOp, waitFor } from "../helpers/clients";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/** A socket whose every raw message packet is kept, as it came off the wire. */
async function member(boardId: string, moderatorKey?: string) {
  const socket: BoardClientSocket = rawClient(server().url);
  const wire = keepWire(socket);
  await connected(socket);
  const events: string[] = [];
  socket.on("moderator:revoked", () => events.push("revoked"));
  socket.on("disconnect", (reason) => events.push(`disconnect:${reason}`));
  const response = await join(socket, { boardId, since: null, moderatorKey });
  return { socket, wire, events, response };
}

const joined = (response: JoinResponse) => response as Extract<JoinResponse, { ok: true }>;

/** What a moderator's browser does: a random secret, and only its SHA-256 in the op. */
function newInvite(label = "Ada") {
  const secret = newId(43);
  const keyHash = createHash("sha256").update(secret).digest("hex");
  const op: Op = { type: "moderatorInvite.create", inviteId: newId(), label, keyHash };
  return { secret, keyHash, op, inviteId: op.inviteId };
}

async function rest(boardId: string, key: string | undefined, path = "", op?: Op) {
  const response = await fetch(`${server().url}/api/boards/${boardId}${path}`, {
    method: op ? "POST" : "GET",
    headers: { "content-type": "application/json", ...(key ? { "X-Moderator-Key": key } : {}) },
    ...(op ? { body: JSON.stringify({ op }) } : {}),
  });
  return { status: response.status, text: await response.text() };
}

async function boardWithInvite() {
  const board = await createBoard(server().url);
  const moderator = await member(board.boardId, board.moderatorKey);
  const invite = newInvite();
  expect(await sendOp(moderator.socket, newId(), invite.op)).toMatchObject({ ok: true });
  return { ...board, moderator, invite, columns: columnsIn(board.snapshot) };
}

const rename = (columnId: string, title: string): Op => ({ type: "column.rename", columnId, title, baseVersion: 1 });

describe("co-moderators", () => {
  it("COMOD-2 a co-moderator link makes its holder a moderator, over a socket and REST", async () => {
    const { boardId, invite, columns, moderator } = await boardWithInvite();
    const co = await member(boardId, invite.secret);
    expect(co.response).toMatchObject({ ok: true, role: "moderator", moderatorInviteId: invite.inviteId });
    expect(joined(moderator.response).moderatorInviteId).toBeUndefined();
    expect(await sendOp(co.socket, newId(), rename(columns[0].id, "Von der Co-Moderation"))).toMatchObject({
      ok: true,
    });
    const snapshot = await rest(boardId, invite.secret);
    expect(snapshot.status).toBe(200);
    expect(snapshot.text).toContain('"type":"moderatorInvite"');
    expect((await rest(boardId, invite.secret, "/ops", rename(columns[1].id, "Auch per REST"))).status).toBe(201);
    co.socket.close();
    moderator.socket.close();
  });

  it("COMOD-3 revoking a link cuts its sockets off at once; joins and REST calls with it are refused", async () => {
    const { boardId, moderatorKey, invite, columns, moderator } = await boardWithInvite();
    const other = newInvite("Bea");
    expect(await sendOp(moderator.socket, newId(), other.op)).toMatchObject({ ok: true });
    const co = await member(boardId, invite.secret);
    const coTab = await member(boardId, invite.secret);
    const stays = await member(boardId, other.secret);
    const participant = await member(boardId);

    expect(
      await sendOp(moderator.socket, newId(), { type: "moderatorInvite.revoke", inviteId: invite.inviteId }),
    ).toMatchObject({ ok: true });
    for (const tab of [co, coTab]) {
      await waitFor(() => tab.events.includes("disconnect:io server disconnect"), "the revoked link's socket cut off");
      expect(tab.events[0]).toBe("revoked");
    }
    expect(stays.socket.connected && participant.socket.connected && moderator.socket.connected).toBe(true);
    expect(await sendOp(stays.socket, newId(), rename(columns[0].id, "Bea bleibt"))).toMatchObject({ ok: true });

    const again = await member(boardId, invite.secret);
    expect(again.response).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect((await rest(boardId, invite.secret)).status).toBe(403);
    expect((await rest(boardId, invite.secret, "/ops", rename(columns[1].id, "Nicht mehr"))).status).toBe(403);
    expect((await rest(boardId, moderatorKey)).status).toBe(200);
    for (const each of [moderator, stays, participant, again]) each.socket.close();
  });

  it("COMOD-2 a link's key and its hash are in no byte sent to anyone", async () => {
    const { boardId, moderatorKey, invite, moderator } = await boardWithInvite();
    const co = await member(boardId, invite.secret);
    const participant = await member(boardId);
    const reads = await Promise.all(
      [moderatorKey, invite.secret, undefined].flatMap((key) =>
        ["", "/export.json", "/export.md", "/my-data.json"].map((path) => rest(boardId, key, path)),
      ),
    );
    // The revocation's frame and answer are exits too.
    await sendOp(moderator.socket, newId(), { type: "moderatorInvite.revoke", inviteId: invite.inviteId });
    await waitFor(() => co.events.includes("revoked"), "the revocation");
    const bytes = [...moderator.wire, ...co.wire, ...participant.wire, ...reads.map((read) => read.text)].join("\n");
    expect(bytes).toContain(invite.inviteId);
    expect(bytes).not.toContain(invite.keyHash);
    expect(bytes).not.toContain(invite.secret);
    moderator.socket.close();
    participant.socket.close();
  });

  it("COMOD-4 participants cannot make links; co-moderators can neither make nor revoke links nor delete the board", async () => {
    const { boardId, invite, moderator } = await boardWithInvite();
    const participant = await member(boardId);
    const co = await member(boardId, invite.secret);
    for (const sender of [participant, co]) {
      expect(await sendOp(sender.socket, newId(), newInvite("Mallory").op)).toMatchObject({
        ok: false,
        problem: { code: "forbidden" },
      });
    }
    expect(
      await sendOp(co.socket, newId(), { type: "moderatorInvite.revoke", inviteId: invite.inviteId }),
    ).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect((await rest(boardId, invite.secret, "/ops", newInvite("Mallory").op)).status).toBe(403);
    const deleted = await fetch(`${server().url}/api/boards/${boardId}`, {
      method: "DELETE",
      headers: { "X-Moderator-Key": invite.secret },
    });
    expect(deleted.status).toBe(403);
    expect((await rest(boardId, undefined)).status).toBe(200);
    for (const each of [moderator, participant, co]) each.socket.close();
  });
});
