import { describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import type { Committed } from "../../shared/changes";
import type { JoinResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, snapshotOfJoin, waitFor } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

interface Member {
  socket: BoardClientSocket;
  frames: Committed[];
}

async function member(boardId: string, moderatorKey?: string): Promise<Member> {
  const socket = await connected(rawClient(server().url));
  const frames: Committed[] = [];
  socket.on("changes", (batch) => frames.push(...batch));
  const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  return { socket, frames };
}

const meeting: Op = meetingAddOp({
  theme: "Wärmewende im Quartier",
  description: "Drei Impulse, dann Gespräch",
  place: "Bürgerhaus",
  onlineLink: "https://meet.example.org/geheim",
  capacity: 1,
});
const register = (registrationId: string, email: string): Op => ({
  type: "registration.add",
  registrationId,
  meetingId: "meet-0124",
  name: "Ada Beispiel",
  email,
});

describe("meetings on a real server (MEET-2, MEET-3, MEET-4)", () => {
  it("MEET-2 MEET-3 a second client sees meetings and counts live; contact data and the link never reach a participant", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await member(boardId, moderatorKey);
    const alice = await member(boardId);
    const bob = await member(boardId);

    expect(await sendOp(mod.socket, "op-meet-001", meeting)).toMatchObject({ ok: true });
    expect(await sendOp(alice.socket, "op-meet-002", register("reg-alice-1", "ada@example.org"))).toMatchObject({
      ok: true,
      committed: {
        writes: expect.arrayContaining([
          expect.objectContaining({
            put: expect.objectContaining({ onlineLink: "https://meet.example.org/geheim", status: "registered" }),
          }),
        ]),
      },
    });
    // Capacity 1: Bob waits, and gets no link.
    const bobs = await sendOp(bob.socket, "op-meet-003", register("reg-bob-001", "bob@example.org"));
    expect(JSON.stringify(bobs)).not.toContain("geheim");
    await waitFor(
      () => bob.frames.length >= 3 && alice.frames.length >= 3 && mod.frames.length >= 3,
      "three changes everywhere",
    );

    const bobSaw = JSON.stringify(bob.frames);
    const aliceSaw = JSON.stringify(alice.frames);
    expect(bobSaw).toContain('"theme":"Wärmewende im Quartier"');
    expect(bobSaw).toContain('"registered":1');
    expect(bobSaw).toContain('"waiting":1');
    expect(bobSaw).not.toContain("ada@example.org");
    expect(bobSaw).not.toContain("geheim");
    expect(aliceSaw).toContain("ada@example.org");
    expect(aliceSaw).not.toContain("bob@example.org");
    expect(JSON.stringify(mod.frames)).toContain("bob@example.org");

    // A snapshot (join and REST) holds as little: Bob's own registration and the counts, no one else's data.
    const late = await connected(rawClient(server().url));
    const snapshot = JSON.stringify(snapshotOfJoin(await join(late, { boardId, since: null })));
    expect(snapshot).toContain('"registered":1');
    expect(snapshot).not.toMatch(/ada@example\.org|bob@example\.org|geheim/);
    const rest = await (await fetch(`${server().url}/api/boards/${boardId}`)).text();
    expect(rest).not.toMatch(/ada@example\.org|bob@example\.org|geheim/);
    const asModerator = await (
      await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "X-Moderator-Key": moderatorKey } })
    ).text();
    expect(asModerator).toContain("geheim");

    // Alice cancels: Bob moves up and receives the link, live.
    expect(
      await sendOp(alice.socket, "op-meet-004", { type: "registration.cancel", registrationId: "reg-alice-1" }),
    ).toMatchObject({ ok: true });
    await waitFor(() => JSON.stringify(bob.frames).includes("geheim"), "Bob's place and the link");
    expect(JSON.stringify(bob.frames)).not.toContain("ada@example.org");
    for (const socket of [mod.socket, alice.socket, bob.socket, late]) socket.close();
  });

  it("IMP-1 IMP-3 IMP-4 an offer reaches only the moderators; once scheduled, every client sees the talk live, never its contact data", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await member(boardId, moderatorKey);
    const alice = await member(boardId);
    const bob = await member(boardId);
    expect(await sendOp(mod.socket, "op-imp-0001", meeting)).toMatchObject({ ok: true });
    const offer: Op = {
      type: "impulse.offer",
      impulseId: "imp-alice-1",
      title: "Vierzig Solardächer",
      abstract: "Wie ein Verein Dächer belegt",
      presenterName: "Ada Beispiel",
      organisation: "Energiegenossenschaft",
      minutes: 15,
      preferredMeetingId: "meet-0124",
      contactEmail: "ada@example.org",
      noteToModerators: "Bitte mit Beamer",
    };
    expect(await sendOp(alice.socket, "op-imp-0002", offer)).toMatchObject({ ok: true });
    await waitFor(() => JSON.stringify(mod.frames).includes("Vierzig Solardächer"), "the offer at the moderator");
    expect(
      await sendOp(mod.socket, "op-imp-0003", { type: "impulse.accept", impulseId: "imp-alice-1", note: "Gern!" }),
    ).toMatchObject({ ok: true });
    expect(
      await sendOp(mod.socket, "op-imp-0004", {
        type: "impulse.schedule",
        impulseId: "imp-alice-1",
        meetingId: "meet-0124",
        rank: "a0",
      }),
    ).toMatchObject({ ok: true });
    await waitFor(() => JSON.stringify(bob.frames).includes("Vierzig Solardächer"), "the agenda at Bob");
    const bobSaw = JSON.stringify(bob.frames);
    expect(bobSaw).toContain('"status":"scheduled"');
    expect(bobSaw).not.toMatch(/ada@example\.org|Bitte mit Beamer|Gern!/);
    await waitFor(
      () => JSON.stringify(alice.frames).includes('"status":"scheduled"'),
      "Alice sees where her offer stands",
    );
    expect(JSON.stringify(alice.frames)).toContain("Gern!");
    for (const socket of [mod.socket, alice.socket, bob.socket]) socket.close();
  });
});
