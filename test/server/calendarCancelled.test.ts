import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { entriesOf } from "../../server/features/meetings/meetingEntries";
import type { JoinResponse } from "../../shared/events";
import type { Impulse } from "../../shared/features/impulses";
import type { Meeting, Registration } from "../../shared/features/meetings";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();
const LINK = "https://meet.example.org/geheim-7f3a";

async function person(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const joined = (await join(socket, { boardId, since: null, moderatorKey })) as JoinResponse;
  expect(joined.ok).toBe(true);
  return {
    socket,
    async send(op: Op) {
      expect(await sendOp(socket, newId(), op), `${op.type} answered`).toMatchObject({ ok: true });
    },
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(digest).toString("hex");
}

const descriptionOf = (text: string) =>
  String(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")?.getFirstPropertyValue("description"));

describe("a cancelled meeting's calendars (MEET-9)", () => {
  it("MEET-9 MEET-8 the personal and public feeds show the cancellation and nothing more: no online link, no agenda", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url, "empty", "Stammtisch");
    const mod = await person(boardId, moderatorKey);
    const alice = await person(boardId);
    await mod.send(meetingAddOp({ meetingId: "meet-winter", onlineLink: LINK }));
    await alice.send({
      type: "registration.add",
      registrationId: "reg-alice-1",
      meetingId: "meet-winter",
      name: "Alice",
      email: "alice@example.org",
    });
    await alice.send({
      type: "impulse.offer",
      impulseId: "imp-alice-1",
      title: "Nahwärme aus der Kläranlage",
      abstract: "",
      presenterName: "Alice",
      organisation: "",
      minutes: 20,
      preferredMeetingId: null,
      contactEmail: "alice@example.org",
      noteToModerators: "",
    });
    await mod.send({ type: "impulse.accept", impulseId: "imp-alice-1", note: "" });
    await mod.send({ type: "impulse.schedule", impulseId: "imp-alice-1", meetingId: "meet-winter", rank: "a0" });
    const secret = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
    const feedId = newId();
    await alice.send({ type: "calendarFeed.add", feedId, secretHash: await sha256Hex(secret) });
    const personal = () => fetch(`${server().url}/api/boards/${boardId}/feeds/${feedId}.ics?key=${secret}`);
    const publicFeed = () => fetch(`${server().url}/api/boards/${boardId}/meetings.ics`);
    expect(await (await personal()).text()).toContain("geheim");

    await mod.send({ type: "meeting.cancel", meetingId: "meet-winter" });
    for (const feed of [await (await personal()).text(), await (await publicFeed()).text()]) {
      expect(feed).toContain("STATUS:CANCELLED");
      expect(feed).not.toContain("geheim");
      expect(descriptionOf(feed)).not.toContain("Online dabei");
      expect(descriptionOf(feed)).not.toContain("Kläranlage");
    }
    for (const who of [mod, alice]) who.socket.close();
  });

  it("MEET-9 a feed of a meeting cancelled before this rule (link and talk still stored) shows neither", () => {
    const meeting = {
      ...meetingAddOp({ meetingId: "meet-old", onlineLink: LINK }),
      type: "meeting",
      id: "meet-old",
      version: 2,
      audience: "board",
      authorId: null,
      status: "cancelled",
      registration: "closed",
      documentation: { text: "", link: null },
      registered: 1,
      waiting: 0,
      sequence: 1,
      createdAt: 1,
      updatedAt: 2,
    } as unknown as Meeting;
    const registration: Registration = {
      type: "registration",
      id: "reg-old-001",
      version: 1,
      audience: "author",
      authorId: "author-alice-01",
      meetingId: "meet-old",
      name: "Alice",
      email: "alice@example.org",
      status: "registered",
      onlineLink: LINK,
      position: null,
      createdAt: 1,
    };
    const talk = {
      type: "impulse",
      id: "imp-old-001",
      version: 3,
      audience: "board",
      authorId: "author-bob-0001",
      title: "Alter Vortrag",
      abstract: "",
      presenterName: "Bob",
      organisation: "",
      minutes: 10,
      preferredMeetingId: null,
      contactEmail: "bob@example.org",
      noteToModerators: "",
      status: "scheduled",
      responseNote: "",
      meetingId: "meet-old",
      rank: "a0",
      createdAt: 1,
      updatedAt: 1,
    } satisfies Impulse;
    const [entry] = entriesOf(
      { boardId: "board-000001", revision: 5, records: [meeting, registration, talk] },
      "author-alice-01",
    );
    expect(entry).toMatchObject({ onlineLink: null, agenda: [] });
  });
});
