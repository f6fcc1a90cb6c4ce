import { describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import type { Committed } from "../../shared/changes";
import { authorTagOf } from "../../shared/core/authorTags";
import type { BaseRecord } from "../../shared/core/records";
import type { JoinResponse } from "../../shared/events";
import type { BoardSnapshot } from "../../shared/model";
import { connected, join, rawClient, sendOp, snapshotOfJoin, waitFor } from "../helpers/clients";
import type { Note } from "../helpers/noteModel";
import { noteModel } from "../helpers/noteModel";
import { createBoard, serverForThisFile } from "../helpers/testServer";

interface Member {
  socket: BoardClientSocket;
  authorId: string;
  authorToken: string;
  frames: Committed[];
}

const notesIn = (records: BaseRecord[]) =>
  records.filter((record): record is Note => record.type === "note").sort((a, b) => (a.id < b.id ? -1 : 1));

/** Rules VIS-1..6 through a real server whose model has a record type the app does not know: a note. */
describe("records with an audience on a real server", () => {
  const server = serverForThisFile({ model: noteModel });

  async function member(boardId: string, moderatorKey?: string): Promise<Member> {
    const socket = await connected(rawClient(server().url));
    const frames: Committed[] = [];
    socket.on("changes", (batch) => frames.push(...batch));
    const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
    expect(joined.ok).toBe(true);
    return { socket, authorId: joined.authorId, authorToken: joined.authorToken, frames };
  }

  const send = (who: Member, opId: string, op: Record<string, unknown>) =>
    sendOp(who.socket, opId, op as unknown as Parameters<typeof sendOp>[2]);

  /** The notes a member's frames have put there, replayed in revision order. */
  function notesSeenBy(who: Member): Map<string, Note> {
    const notes = new Map<string, Note>();
    for (const committed of [...who.frames].sort((a, b) => a.revision - b.revision)) {
      for (const write of committed.writes) {
        if ("remove" in write) notes.delete(write.remove.id);
        else if (write.put.type === "note") notes.set(write.put.id, write.put as Note);
      }
    }
    return notes;
  }

  it("VIS-1 VIS-2 VIS-3 VIS-6 each role receives exactly what it may see, live, with contiguous revisions", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await member(boardId, moderatorKey);
    const alice = await member(boardId);
    const bob = await member(boardId);

    const question = {
      type: "note.add",
      noteId: "note-private",
      text: "Frage",
      contact: "a@x.org",
      audience: "author",
    };
    const ack = await send(alice, "op-note-0001", question);
    expect(ack).toMatchObject({ ok: true, committed: { revision: 1, writes: [{ put: { id: "note-private" } }] } });
    const open = { type: "note.add", noteId: "note-public", text: "Idee", contact: "a@x.org", audience: "board" };
    expect(await send(alice, "op-note-0002", open)).toMatchObject({ ok: true });
    expect(await send(bob, "op-note-0003", { type: "note.reveal", noteId: "note-private" })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(await send(mod, "op-note-0004", { type: "note.reveal", noteId: "note-private" })).toMatchObject({
      ok: true,
    });
    expect(await send(mod, "op-note-0005", { type: "note.hide", noteId: "note-public" })).toMatchObject({ ok: true });

    for (const who of [mod, alice, bob]) await waitFor(() => who.frames.length === 4, "four revisions");
    // Everyone holds every revision, so nobody resyncs for a change they may not see.
    for (const who of [mod, alice, bob]) expect(who.frames.map((c) => c.revision)).toEqual([1, 2, 3, 4]);
    // Bob never received the private question before it was revealed, nor the contact address at all.
    expect(bob.frames[0].writes).toEqual([]);
    expect(JSON.stringify(bob.frames)).not.toContain("a@x.org");
    expect(bob.frames[2].writes).toEqual([{ put: expect.objectContaining({ id: "note-private", audience: "board" }) }]);
    expect(bob.frames[3].writes).toEqual([
      {
        remove: { type: "note", id: "note-public" },
        was: { audience: "board", authorId: authorTagOf(alice.authorId, { type: "note", id: "note-public" }) },
      },
    ]);
    expect([...notesSeenBy(bob).values()]).toEqual([expect.objectContaining({ id: "note-private", contact: null })]);
    // The author reads her own contact field; the moderator reads everything.
    expect(notesSeenBy(alice).get("note-private")?.contact).toBe("a@x.org");
    expect([...notesSeenBy(mod).keys()].sort()).toEqual(["note-private", "note-public"]);
    for (const who of [mod, alice, bob]) who.socket.close();
  });

  it("VIS-4 snapshots, catch-up and REST answers (plain and compressed) hold only what the receiver may see", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const alice = await member(boardId);
    await send(alice, "op-note-0101", {
      type: "note.add",
      noteId: "note-mine",
      text: "x",
      contact: "a@x.org",
      audience: "author",
    });
    await send(alice, "op-note-0102", {
      type: "note.add",
      noteId: "note-open",
      text: "y",
      contact: "a@x.org",
      audience: "board",
    });

    const bobSocket = await connected(rawClient(server().url));
    const bobJoin = await join(bobSocket, { boardId, since: null });
    const bobSnapshot = snapshotOfJoin(bobJoin);
    expect(notesIn(bobSnapshot?.records ?? [])).toEqual([expect.objectContaining({ id: "note-open", contact: null })]);
    const bobCatchUp = await join(bobSocket, { boardId, since: 0 });
    expect(bobCatchUp.ok && bobCatchUp.catchUp.kind === "changes" && bobCatchUp.catchUp.changes).toEqual([
      { revision: 1, opId: "op-note-0101", writes: [] },
      { revision: 2, opId: "op-note-0102", writes: [{ put: expect.objectContaining({ contact: null }) }] },
    ]);

    const aliceAgain = await join(alice.socket, { boardId, since: null, authorToken: alice.authorToken });
    const aliceSnapshot = snapshotOfJoin(aliceAgain);
    expect(notesIn(aliceSnapshot?.records ?? []).map((n) => [n.id, n.contact])).toEqual([
      ["note-mine", "a@x.org"],
      ["note-open", "a@x.org"],
    ]);

    const asParticipant = (await (await fetch(`${server().url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
    expect(notesIn(asParticipant.records).map((n) => [n.id, n.contact])).toEqual([["note-open", null]]);
    // A browser's first load names its author token: its author's own records come along.
    const asAlice = (await (
      await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "X-Author-Token": alice.authorToken } })
    ).json()) as BoardSnapshot;
    expect(notesIn(asAlice.records).map((n) => [n.id, n.contact])).toEqual([
      ["note-mine", "a@x.org"],
      ["note-open", "a@x.org"],
    ]);
    const asModerator = (await (
      await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "X-Moderator-Key": moderatorKey } })
    ).json()) as BoardSnapshot;
    expect(notesIn(asModerator.records).map((n) => n.id)).toEqual(["note-mine", "note-open"]);
    bobSocket.close();
    alice.socket.close();
  });

  it("VIS-7 a conflict's current copy, over a socket and REST, is the receiver's view or left out", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const alice = await member(boardId);
    const bob = await member(boardId);
    const CONTACT = "PRIVATE-contact-conflict";
    for (const [noteId, audience] of [
      ["note-open-c", "board"],
      ["note-mods-c", "moderators"],
    ] as const) {
      await send(alice, `op-${noteId}`, { type: "note.add", noteId, text: "t", contact: CONTACT, audience });
    }
    const stale = (noteId: string) => ({ type: "note.edit", noteId, text: "neu", baseVersion: 0 });
    const restEdit = (noteId: string, headers: Record<string, string>) =>
      fetch(`${server().url}/api/boards/${boardId}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ op: stale(noteId) }),
      });

    const bobOpen = await send(bob, "op-conflict-01", stale("note-open-c"));
    expect(bobOpen).toMatchObject({ ok: false, problem: { code: "conflict", current: { contact: null } } });
    const bobHidden = await send(bob, "op-conflict-02", stale("note-mods-c"));
    expect(bobHidden.ok === false && bobHidden.problem).toEqual({ code: "conflict", message: "Edited meanwhile." });
    const restOpen = await restEdit("note-open-c", { "X-Author-Token": bob.authorToken });
    expect(restOpen.status).toBe(409);
    const restHidden = await (await restEdit("note-mods-c", {})).text();
    expect(restHidden).not.toContain("current");
    for (const text of [JSON.stringify([bobOpen, bobHidden]), await restOpen.text(), restHidden]) {
      expect(text).not.toContain(CONTACT);
    }

    // Who may read the record and its field gets them: its author (a board note), a moderator (any).
    const own = await send(alice, "op-conflict-03", stale("note-open-c"));
    expect(own).toMatchObject({ ok: false, problem: { current: { contact: CONTACT } } });
    const moderated = await restEdit("note-mods-c", { "X-Moderator-Key": moderatorKey });
    expect(await moderated.json()).toMatchObject({ error: { code: "conflict", current: { contact: CONTACT } } });
    for (const who of [alice, bob]) who.socket.close();
  });

  it("REC-2 a record type unknown to the store is stored, read back and caught up like any other", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await member(boardId, moderatorKey);
    await send(mod, "op-note-0201", {
      type: "note.add",
      noteId: "note-kept",
      text: "bleibt",
      contact: null,
      audience: "moderators",
    });
    const reopened = await server().store.readBoard(boardId);
    expect(reopened?.records.find((record) => record.id === "note-kept")).toMatchObject({
      text: "bleibt",
      audience: "moderators",
    });
    expect(await server().store.changesSince(boardId, 0)).toEqual([
      expect.objectContaining({ revision: 1, writes: [{ put: expect.objectContaining({ type: "note" }) }] }),
    ]);
    mod.socket.close();
  });
});
