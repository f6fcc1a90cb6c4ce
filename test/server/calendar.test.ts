import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import { buildCalendar } from "../../server/features/meetings";
import type { JoinResponse } from "../../shared/events";
import type { Meeting } from "../../shared/features/meetings";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const LINK = "https://meet.example.org/geheim-7f3a";
/** Long enough to be folded, with umlauts and a ß so folding meets multi-byte characters. */
const DESCRIPTION =
  "Drei kurze Impulse zur Wärmewende im Quartier, dann Gespräch: Wärmepumpen im Altbau, Nahwärme aus " +
  "der Kläranlage, Bürgerenergie-Genossenschaften; wer mag, bringt Fragen mit. Grüße, Straßenfest-Team.";

const winter: Op = meetingAddOp({
  meetingId: "meet-winter",
  theme: "Wärmewende im Quartier",
  description: DESCRIPTION,
  place: "Bürgerhaus, Saal 2; Eingang hinten",
  onlineLink: LINK,
  capacity: 1,
});
const summer: Op = {
  ...winter,
  meetingId: "meet-summer",
  theme: "Mobilität im Sommer",
  description: "",
  date: "2027-07-15",
  startTime: "18:00",
  endTime: "19:30",
  place: "",
  capacity: null,
};

interface Person {
  socket: BoardClientSocket;
  send(op: Op): Promise<void>;
}

async function person(boardId: string, moderatorKey?: string): Promise<Person> {
  const socket = await connected(rawClient(server().url));
  const joined = (await join(socket, { boardId, since: null, moderatorKey })) as JoinResponse;
  expect(joined.ok).toBe(true);
  return {
    socket,
    async send(op) {
      const answer = await sendOp(socket, newId(), op);
      expect(answer, `${op.type} answered`).toMatchObject({ ok: true });
    },
  };
}

/** A board with two meetings (winter and summer time), Alice registered with a place, Bob waiting. */
async function boardWithMeetings() {
  const { boardId, moderatorKey } = await createBoard(server().url, "empty", "Stammtisch Lausitz, Süd");
  const mod = await person(boardId, moderatorKey);
  const alice = await person(boardId);
  const bob = await person(boardId);
  await mod.send(winter);
  await mod.send(summer);
  await alice.send({
    type: "registration.add",
    registrationId: "reg-alice-1",
    meetingId: "meet-winter",
    name: "Alice",
    email: "alice@example.org",
  });
  await bob.send({
    type: "registration.add",
    registrationId: "reg-bob-001",
    meetingId: "meet-winter",
    name: "Bob",
    email: "bob@example.org",
  });
  const close = () => {
    for (const p of [mod, alice, bob]) p.socket.close();
  };
  return { boardId, moderatorKey, mod, alice, bob, close };
}

const get = (path: string, init?: RequestInit) => fetch(`${server().url}${path}`, init);

async function calendarAt(path: string) {
  const response = await get(path);
  expect(response.status, `${path} answered`).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expectWellFormed(text);
  return { response, text, calendar: new ICAL.Component(ICAL.parse(text)) };
}

/** RFC 5545 §3.1: CRLF after every line, lines of at most 75 octets, continuations start with a space. */
function expectWellFormed(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(line, "no bare LF or CR inside a line").not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, "utf8"), `octets of ${JSON.stringify(line)}`).toBeLessThanOrEqual(75);
  }
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
}

/** Content lines unfolded (a CRLF followed by a space or tab joins two lines), as raw text. */
function contentLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

/** The raw content lines of each VEVENT, by UID, to check what a lenient parser would forgive. */
function rawEvents(text: string): Map<string, string[]> {
  const events = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of contentLines(text)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      const uid = current.find((l) => l.startsWith("UID:"))?.slice(4) ?? "";
      events.set(uid, current);
      current = null;
    } else current?.push(line);
  }
  return events;
}

const propertyLine = (lines: string[], name: string) =>
  lines.find((line) => /^[A-Z-]+[;:]/.test(line) && line.split(/[;:]/)[0] === name);

function eventsOf(calendar: ICAL.Component) {
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

function registerZones(calendar: ICAL.Component) {
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
}

async function sha256Hex(text: string): Promise<string> {
  // As the browser does it: WebCrypto over the secret's UTF-8 bytes.
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(digest).toString("hex");
}

/** A personal feed as a browser makes one: a 256-bit secret that only the browser keeps, its hash sent. */
async function addFeed(owner: Person) {
  const secret = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
  const feedId = newId();
  await owner.send({ type: "calendarFeed.add", feedId, secretHash: await sha256Hex(secret) });
  return { feedId, secret };
}

describe("calendar files and feeds (MEET-7, MEET-8)", () => {
  it("MEET-7 the board's feed is RFC 5545 with Europe/Berlin times, stable UIDs and UTC stamps", async () => {
    const { boardId, close } = await boardWithMeetings();
    const { response, text, calendar } = await calendarAt(`/api/boards/${boardId}/meetings.ics`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");

    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Themenwand/);
    const lines = contentLines(text);
    expect(lines[1]).toBe("VERSION:2.0");
    expect(lines).toContain("X-WR-CALNAME:Stammtisch Lausitz\\, Süd");
    const zones = calendar.getAllSubcomponents("vtimezone");
    expect(zones.map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(["Europe/Berlin"]);
    expect(lines).toContain("TZID:Europe/Berlin");
    registerZones(calendar);

    const events = eventsOf(calendar);
    expect(events.map((event) => event.uid)).toEqual([
      `meet-winter.${boardId}@themenwand`,
      `meet-summer.${boardId}@themenwand`,
    ]);
    const raw = rawEvents(text);
    const [wintry, summery] = events;
    // Parsed by ical.js and converted to UTC through the VTIMEZONE: CET is UTC+1, CEST UTC+2.
    expect(wintry.startDate.toJSDate().toISOString()).toBe("2027-01-24T17:00:00.000Z");
    expect(wintry.endDate.toJSDate().toISOString()).toBe("2027-01-24T19:00:00.000Z");
    expect(summery.startDate.toJSDate().toISOString()).toBe("2027-07-15T16:00:00.000Z");
    expect(summery.endDate.toJSDate().toISOString()).toBe("2027-07-15T17:30:00.000Z");
    expect(wintry.startDate.zone?.tzid).toBe("Europe/Berlin");

    const winterLines = raw.get(`meet-winter.${boardId}@themenwand`) ?? [];
    const summerLines = raw.get(`meet-summer.${boardId}@themenwand`) ?? [];
    expect(propertyLine(winterLines, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20270124T180000");
    expect(propertyLine(winterLines, "DTEND")).toBe("DTEND;TZID=Europe/Berlin:20270124T200000");
    expect(propertyLine(summerLines, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20270715T180000");
    for (const eventLines of [winterLines, summerLines]) {
      expect(propertyLine(eventLines, "DTSTAMP")).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
      expect(propertyLine(eventLines, "LAST-MODIFIED")).toMatch(/^LAST-MODIFIED:\d{8}T\d{6}Z$/);
      expect(propertyLine(eventLines, "SEQUENCE")).toBe("SEQUENCE:0");
      expect(propertyLine(eventLines, "STATUS")).toBe("STATUS:CONFIRMED");
      // MEET-10: without PUBLIC_URL a public feed links no board (it would be the request's Host).
      expect(propertyLine(eventLines, "URL")).toBeUndefined();
    }

    // Text survives escaping, folding and UTF-8: the parser gives back exactly what was written.
    expect(wintry.summary).toBe("Wärmewende im Quartier");
    expect(wintry.location).toBe("Bürgerhaus, Saal 2; Eingang hinten");
    expect(wintry.description).toBe(DESCRIPTION);
    expect(summery.description).toBe("");
    expect(summery.location).toBeNull();
    expect(
      text.split("\r\n").some((line) => line.startsWith(" ")),
      "the long description is folded",
    ).toBe(true);

    // MEET-2: the public feed holds no online link and no one's registration.
    expect(text).not.toContain("geheim");
    expect(text).not.toMatch(/alice@example\.org|bob@example\.org|Alice|Bob/);
    close();
  });

  it("MEET-7 MEET-1 one meeting's file keeps its UID across fetches and edits; SEQUENCE rises, a cancel says CANCELLED", async () => {
    const { boardId, mod, close } = await boardWithMeetings();
    const path = `/api/boards/${boardId}/meetings/meet-winter.ics`;
    const first = await calendarAt(path);
    expect(first.response.headers.get("content-disposition")).toBe(
      `attachment; filename="2027-01-24 W?rmewende im Quartier.ics"; filename*=UTF-8''2027-01-24%20W%C3%A4rmewende%20im%20Quartier.ics`,
    );
    expect(first.response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(first.calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
    const [event] = eventsOf(first.calendar);
    expect(eventsOf(first.calendar)).toHaveLength(1);
    const uid = `meet-winter.${boardId}@themenwand`;
    expect(event.uid).toBe(uid);
    expect(event.sequence).toBe(0);
    expect(first.text).not.toContain("geheim");
    expect(first.text).not.toMatch(/@example\.org/);
    const again = await calendarAt(path);
    expect(again.text).toBe(first.text);
    // Apps polling a feed revalidate cheaply: the text only changes when the meeting does.
    const etag = first.response.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    // (fetch adds `Cache-Control: no-cache` to a conditional request unless told otherwise.)
    const revalidated = await get(path, { headers: { "if-none-match": etag, "cache-control": "max-age=0" } });
    expect(revalidated.status).toBe(304);

    const current = JSON.parse(await (await get(`/api/boards/${boardId}`)).text()).records.find(
      (record: { id: string }) => record.id === "meet-winter",
    );
    await mod.send({
      ...(winter as Extract<Op, { type: "meeting.add" }>),
      type: "meeting.update",
      baseVersion: current.version,
      startTime: "18:30",
    });
    const edited = await calendarAt(path);
    expect(edited.response.headers.get("etag")).not.toBe(etag);
    const [afterEdit] = eventsOf(edited.calendar);
    expect(afterEdit.uid).toBe(uid);
    expect(afterEdit.sequence).toBe(1);
    expect(propertyLine(rawEvents(edited.text).get(uid) ?? [], "DTSTART")).toBe(
      "DTSTART;TZID=Europe/Berlin:20270124T183000",
    );
    expect(propertyLine(rawEvents(edited.text).get(uid) ?? [], "SEQUENCE")).toBe("SEQUENCE:1");

    await mod.send({ type: "meeting.cancel", meetingId: "meet-winter" });
    const cancelled = await calendarAt(path);
    const cancelledLines = rawEvents(cancelled.text).get(uid) ?? [];
    expect(propertyLine(cancelledLines, "STATUS")).toBe("STATUS:CANCELLED");
    expect(propertyLine(cancelledLines, "SEQUENCE")).toBe("SEQUENCE:2");
    expect(eventsOf(cancelled.calendar)[0].uid).toBe(uid);
    // The board's feed says the same about it.
    const feed = await calendarAt(`/api/boards/${boardId}/meetings.ics`);
    expect(propertyLine(rawEvents(feed.text).get(uid) ?? [], "STATUS")).toBe("STATUS:CANCELLED");
    expect(propertyLine(rawEvents(feed.text).get(uid) ?? [], "SEQUENCE")).toBe("SEQUENCE:2");
    close();
  });

  it("MEET-7 VAL-4 unknown boards and meetings are problem JSON; a board without meetings is a valid calendar", async () => {
    const { boardId } = await createBoard(server().url, "empty");
    const empty = await calendarAt(`/api/boards/${boardId}/meetings.ics`);
    expect(eventsOf(empty.calendar)).toEqual([]);
    expect(empty.calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);

    for (const [path, code] of [
      ["/api/boards/does-not-exist-at-all/meetings.ics", "unknown_board"],
      ["/api/boards/no/meetings.ics", "unknown_board"],
      ["/api/boards/does-not-exist-at-all/meetings/meet-winter.ics", "unknown_board"],
      [`/api/boards/${boardId}/meetings/meet-nowhere.ics`, "not_found"],
      [`/api/boards/${boardId}/meetings/x.ics`, "not_found"],
      ["/api/boards/does-not-exist-at-all/feeds/feed-nowhere.ics?key=abcdefghijklmnopqrstuvwxyz", "unknown_board"],
      [`/api/boards/${boardId}/feeds/feed-nowhere.ics?key=abcdefghijklmnopqrstuvwxyz`, "not_found"],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: { code } });
    }
  });

  it("MEET-8 MEET-2 a personal feed has the link where its person has a place, not while waiting; a wrong key is 404", async () => {
    const { boardId, moderatorKey, alice, bob, close } = await boardWithMeetings();
    const alices = await addFeed(alice);
    const bobs = await addFeed(bob);
    const feedPath = (feed: { feedId: string; secret: string }) =>
      `/api/boards/${boardId}/feeds/${feed.feedId}.ics?key=${feed.secret}`;

    const aliceFeed = await calendarAt(feedPath(alices));
    expect(aliceFeed.response.headers.get("cache-control")).toBe("private, no-cache");
    const [aliceWinter, aliceSummer] = eventsOf(aliceFeed.calendar);
    expect(aliceWinter.uid).toBe(`meet-winter.${boardId}@themenwand`);
    expect(aliceWinter.description).toBe(
      `${DESCRIPTION}\n\nOnline dabei: ${LINK}\n\nPinnwand: ${server().url}/b/${boardId}`,
    );
    // Not registered for the summer meeting: no link there.
    expect(aliceSummer.description).toBe(`Pinnwand: ${server().url}/b/${boardId}`);
    expect(aliceFeed.text).not.toMatch(/@example\.org/);
    // The personal feed names the same events as the public one.
    const publicFeed = await calendarAt(`/api/boards/${boardId}/meetings.ics`);
    expect(eventsOf(publicFeed.calendar).map((event) => event.uid)).toEqual(
      eventsOf(aliceFeed.calendar).map((event) => event.uid),
    );

    // Bob waits (capacity 1): his feed has the meetings, not the link.
    const bobFeed = await calendarAt(feedPath(bobs));
    expect(eventsOf(bobFeed.calendar)).toHaveLength(2);
    expect(bobFeed.text).not.toContain("geheim");

    // Wrong, missing or someone else's key: 404, as if there were no feed.
    for (const path of [
      `/api/boards/${boardId}/feeds/${alices.feedId}.ics?key=${bobs.secret}`,
      // The last character changed (to one it is not: "A" would be the same key once in 64 runs).
      `/api/boards/${boardId}/feeds/${alices.feedId}.ics?key=${alices.secret.slice(0, -1)}${alices.secret.endsWith("A") ? "B" : "A"}`,
      `/api/boards/${boardId}/feeds/${alices.feedId}.ics`,
      `/api/boards/${boardId}/feeds/${alices.feedId}.ics?key=`,
      `/api/boards/${boardId}/feeds/${alices.feedId}.ics?key=${alices.secret}&key=${alices.secret}`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }

    // The feed's record (its hash) reaches only its owner and the moderators.
    const participants = await (await get(`/api/boards/${boardId}`)).text();
    expect(participants).not.toContain("calendarFeed");
    const moderators = await (
      await get(`/api/boards/${boardId}`, { headers: { "X-Moderator-Key": moderatorKey } })
    ).text();
    expect(moderators).toContain(alices.feedId);
    expect(moderators).not.toContain(alices.secret);

    // Alice cancels: Bob moves up and his feed gets the link; hers loses it.
    await alice.send({ type: "registration.cancel", registrationId: "reg-alice-1" });
    expect((await calendarAt(feedPath(bobs))).text).toContain("geheim");
    expect((await calendarAt(feedPath(alices))).text).not.toContain("geheim");
    close();
  });

  it("MEET-8 a new feed replaces the old one; removing revokes it; only its owner or a moderator may remove it", async () => {
    const { boardId, alice, bob, mod, close } = await boardWithMeetings();
    const feedPath = (feed: { feedId: string; secret: string }) =>
      `/api/boards/${boardId}/feeds/${feed.feedId}.ics?key=${feed.secret}`;
    const first = await addFeed(alice);
    await calendarAt(feedPath(first));
    const second = await addFeed(alice);
    expect((await get(feedPath(first))).status).toBe(404);
    await calendarAt(feedPath(second));

    expect(await sendOp(bob.socket, newId(), { type: "calendarFeed.remove", feedId: second.feedId })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(
      await sendOp(bob.socket, newId(), {
        type: "calendarFeed.add",
        feedId: second.feedId,
        secretHash: "0".repeat(64),
      }),
    ).toMatchObject({ ok: false, problem: { code: "already_exists" } });
    expect(
      await sendOp(bob.socket, newId(), { type: "calendarFeed.add", feedId: newId(), secretHash: "not-a-hash" }),
    ).toMatchObject({ ok: false, problem: { code: "invalid_input" } });
    await calendarAt(feedPath(second));

    await alice.send({ type: "calendarFeed.remove", feedId: second.feedId });
    expect((await get(feedPath(second))).status).toBe(404);

    const bobs = await addFeed(bob);
    await calendarAt(feedPath(bobs));
    await mod.send({ type: "calendarFeed.remove", feedId: bobs.feedId });
    expect((await get(feedPath(bobs))).status).toBe(404);
    close();
  });

  it("MEET-7 the agenda (impulse talks) goes into the description in start order; the link only when given", () => {
    const meeting: Meeting = {
      type: "meeting",
      id: "meet-agenda",
      version: 3,
      audience: "board",
      authorId: null,
      theme: "Nahwärme",
      description: "Kurz und gut",
      date: "2027-10-31",
      startTime: "18:00",
      endTime: "20:00",
      place: "",
      onlineLink: LINK,
      slots: 3,
      registration: "open",
      capacity: null,
      status: "planned",
      themeCardId: null,
      documentation: { text: "", link: null },
      registered: 0,
      waiting: 0,
      sequence: 4,
      createdAt: Date.UTC(2027, 0, 1),
      updatedAt: Date.UTC(2027, 1, 2, 3, 4, 5),
    };
    const options = { boardId: "board-agenda", boardTitle: "Runde", boardUrl: "https://board.example/b/board-agenda" };
    const agenda = [
      { start: "18:40", title: "Genossenschaft gründen", presenter: "" },
      { start: "18:10", title: "Wärmeplanung, kommunal", presenter: "Jörg Müller" },
    ];
    const text = buildCalendar({ ...options, language: "en" }, [{ meeting, agenda }]);
    expectWellFormed(text);
    const calendar = new ICAL.Component(ICAL.parse(text));
    registerZones(calendar);
    const [event] = eventsOf(calendar);
    expect(event.description).toBe(
      "Kurz und gut\n\nProgramme:\n18:10 Wärmeplanung, kommunal (Jörg Müller)\n18:40 Genossenschaft gründen\n\n" +
        "Board: https://board.example/b/board-agenda",
    );
    // The meeting's own link is never read: only an explicit one (a personal feed's) goes in.
    expect(text).not.toContain("geheim");
    const lines = rawEvents(text).get("meet-agenda.board-agenda@themenwand") ?? [];
    expect(propertyLine(lines, "DTSTAMP")).toBe("DTSTAMP:20270202T030405Z");
    expect(propertyLine(lines, "SEQUENCE")).toBe("SEQUENCE:4");
    // After the autumn change (last Sunday of October 2027 is the 31st): CET again.
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-10-31T17:00:00.000Z");
    const personal = buildCalendar(options, [{ meeting, agenda, onlineLink: LINK }]);
    const [withLink] = eventsOf(new ICAL.Component(ICAL.parse(personal)));
    expect(withLink.location).toBe(LINK);
    expect(withLink.description).toContain(`Online dabei: ${LINK}`);
  });

  it("MEET-7 IMP-3 the public feed's description lists the scheduled talks with their start times, and no offer still being decided", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url, "empty", "Stammtisch");
    const mod = await person(boardId, moderatorKey);
    const presenter = await person(boardId);
    await mod.send({ ...winter, capacity: null });
    const offer = (impulseId: string, title: string, minutes: number): Op => ({
      type: "impulse.offer",
      impulseId,
      title,
      abstract: "",
      presenterName: "Ada Beispiel",
      organisation: "",
      minutes,
      preferredMeetingId: null,
      contactEmail: "ada@example.org",
      noteToModerators: "",
    });
    await presenter.send(offer("imp-first-01", "Nahwärme aus der Kläranlage", 20));
    await presenter.send(offer("imp-second-1", "Wärmepumpen im Altbau", 15));
    await presenter.send(offer("imp-secret-1", "Noch nicht entschieden", 10));
    for (const [impulseId, rank] of [
      ["imp-second-1", "a5"],
      ["imp-first-01", "a0"],
    ] as const) {
      await mod.send({ type: "impulse.accept", impulseId, note: "" });
      await mod.send({ type: "impulse.schedule", impulseId, meetingId: "meet-winter", rank });
    }
    const text = await (await fetch(`${server().url}/api/boards/${boardId}/meetings.ics`)).text();
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
    const description = String(event?.getFirstPropertyValue("description"));
    expect(description).toContain("18:00 Nahwärme aus der Kläranlage (Ada Beispiel)");
    expect(description).toContain("18:20 Wärmepumpen im Altbau (Ada Beispiel)");
    expect(description).not.toContain("Noch nicht entschieden");
    expect(text).not.toContain("ada@example.org");
    expect(event?.getFirstPropertyValue("sequence")).toBe(2);
    for (const who of [mod, presenter]) who.socket.close();
  });
});
