import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { csvText } from "../../server/core/csvText";
import { buildCalendar, type CalendarEntry } from "../../server/features/meetings";
import type { Meeting } from "../../shared/features/meetings";
import { cleanTextLines } from "../../shared/plainText";
import { FORBIDDEN_IN_A_LINE, HOSTILE_STRINGS } from "../helpers/hostileStrings";

/** RFC 5545 3.1 text: CRLF only, 75 octets a line, nothing unseen, and only the component lines written. */
function expectWellFormedCalendar(text: string, events: number) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(FORBIDDEN_IN_A_LINE);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n[ \t]/g, "").split(/\r\n|\r|\n/);
  expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(events);
  expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(events);
  expect(lines.filter((line) => line === "BEGIN:VCALENDAR")).toHaveLength(1);
  expect(lines.filter((line) => line === "END:VCALENDAR")).toHaveLength(1);
  expect(lines.filter((line) => line.startsWith("SUMMARY"))).toHaveLength(events);
}

const meetingWith = (id: string, text: string, updatedAt: number): Meeting => ({
  type: "meeting",
  id,
  version: 2,
  audience: "board",
  authorId: null,
  theme: text,
  description: text,
  date: "2027-01-24",
  startTime: "18:00",
  endTime: "20:00",
  place: text,
  onlineLink: null,
  slots: 3,
  registration: "open",
  capacity: null,
  status: "planned",
  themeCardId: null,
  documentation: { text: "", link: null },
  registered: 0,
  waiting: 0,
  sequence: 1,
  createdAt: Date.UTC(2027, 0, 1),
  updatedAt,
});

/** RFC 5545 UTC date-time of a time in ms. */
const utc = (ms: number) => `${new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

describe("calendars with hostile text in every field (EXP-3, EXP-4)", () => {
  it("EXP-3 MEET-7 each hostile string in theme, description, place, agenda and board title gives exactly the events written, each read back intact", () => {
    for (const hostile of HOSTILE_STRINGS) {
      const what = JSON.stringify(hostile.slice(0, 60));
      const updatedAt = Date.UTC(2027, 0, 5, 6, 7, 8);
      const entries: CalendarEntry[] = [
        {
          meeting: meetingWith("meet-hostile", hostile, updatedAt),
          agenda: [{ start: "18:10", title: hostile, presenter: hostile }],
        },
        { meeting: meetingWith("meet-plain1", "Wärmewende", updatedAt) },
      ];
      const text = buildCalendar(
        { boardId: "board-000001", boardTitle: hostile, boardUrl: "https://board.example/b/board-000001" },
        entries,
      );
      expectWellFormedCalendar(text, 2);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
      expect(
        events.map((event) => event.uid),
        what,
      ).toEqual(["meet-hostile.board-000001@themenwand", "meet-plain1.board-000001@themenwand"]);
      const clean = cleanTextLines(hostile);
      const [event, plain] = events;
      expect(event.summary, what).toBe(clean);
      expect(plain.summary, what).toBe("Wärmewende");
      if (clean.trim() !== "") expect(event.location, what).toBe(clean);
      expect(event.description, what).toBe(
        `${clean}\n\nProgramm:\n18:10 ${clean} (${clean})\n\nPinnwand: https://board.example/b/board-000001`,
      );
      // ical.js knows neither NAME (RFC 7986) nor X-WR-CALNAME and leaves them raw: the TEXT escaping itself.
      const name = clean.replace(/[\\;,]/g, "\\$&").replace(/\n/g, "\\n");
      expect(calendar.getFirstPropertyValue("name"), what).toBe(name);
      expect(calendar.getFirstPropertyValue("x-wr-calname"), what).toBe(name);
    }
  });

  it("EXP-4 DTSTAMP and LAST-MODIFIED are the meeting's last change, in UTC, next to its SEQUENCE", () => {
    const updatedAt = Date.UTC(2027, 1, 2, 3, 4, 5);
    const text = buildCalendar(
      { boardId: "board-000001", boardTitle: "Runde", boardUrl: "https://board.example/b/x" },
      [{ meeting: meetingWith("meet-stamp1", "Nahwärme", updatedAt) }],
    );
    const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines).toContain(`DTSTAMP:${utc(updatedAt)}`);
    expect(lines).toContain(`LAST-MODIFIED:${utc(updatedAt)}`);
    expect(lines).toContain("SEQUENCE:1");
  });
});

/** What a cell reads as: cleaned (VAL-9, VAL-10), and a `'` before each line that starts like a formula. */
const asCell = (text: string) =>
  cleanTextLines(text)
    .split("\n")
    .map((line) => (/^ *[=+\-@]/.test(line) ? `'${line}` : line))
    .join("\n");

describe("CSV with hostile text in every cell (EXP-5, EXP-6)", () => {
  it("EXP-5 EXP-6 every hostile string in every cell gives exactly the rows written, each cell intact, no line of a cell a formula", () => {
    for (const delimiter of [";", ","] as const) {
      const rows = [
        ["Name", "E-Mail", "Status", "Angemeldet am"],
        ...HOSTILE_STRINGS.map((hostile) => [hostile, hostile, "angemeldet", hostile]),
        HOSTILE_STRINGS.slice(0, 4),
      ];
      const text = csvText(rows, delimiter);
      expect(text.endsWith("\r\n")).toBe(true);
      expect(text.replace(/\r\n/g, "").replace(/\n/g, "")).not.toMatch(FORBIDDEN_IN_A_LINE);
      const expected = rows.map((row) => row.map(asCell));
      // Strictly (rows end in CRLF) and leniently (any line break outside quotes ends a row): the same rows.
      for (const record_delimiter of ["\r\n", ["\r\n", "\n", "\r"]]) {
        const read: string[][] = parse(text, { delimiter, record_delimiter });
        expect(read).toEqual(expected);
      }
      for (const row of expected) {
        for (const cell of row) for (const line of cell.split("\n")) expect(line).not.toMatch(/^ *[=+\-@\t\r]/);
      }
    }
  });
});
