import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { generateNKeysBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import { spreadsheetCell } from "../../server/core/csvText";
import { boardJson } from "../../server/features/exports/boardJson";
import { cardTableCsv } from "../../server/features/exports/cardTable";
import { exportViewOf } from "../../server/features/exports/exportView";
import { BoardImportBody, importedRecords } from "../../server/features/exports/importBoard";
import { minutesMarkdown } from "../../server/features/exports/minutes";
import { asTemplate, type BoardExport } from "../../shared/boardExport";
import type { BaseRecord } from "../../shared/core/records";
import type { Impulse } from "../../shared/features/impulses";
import type { Meeting } from "../../shared/features/meetings";
import type { BusinessCard } from "../../shared/features/networking";
import type { Card } from "../../shared/model";
import { cleanTextLine, cleanTextLines } from "../../shared/plainText";
import { newBoardRecords } from "../../shared/templates";
import { exportContent } from "../helpers/exportContent";
import { meetingAddOp } from "../helpers/fixtures";
import { FORBIDDEN_IN_LINES, HOSTILE_STRINGS } from "../helpers/hostileStrings";

const BOARD_ID = "board-writers1";
const NOW = Date.UTC(2027, 0, 10, 12);

/** A board with one record of each family, every text field holding `text`. */
function boardWith(text: string): BaseRecord[] {
  const [board, column] = newBoardRecords({ id: BOARD_ID, title: text, description: text, createdAt: NOW }, [
    { id: "column-00001", title: text, description: text, rank: "a0" },
  ]);
  const base = { version: 1, audience: "board" as const, authorId: null, createdAt: NOW, updatedAt: NOW };
  const card: Card = {
    ...base,
    type: "card",
    id: "card-0000001",
    columnId: column.id,
    rank: "a0",
    authorName: text,
    content: { kind: "topic", title: text, body: text, link: `https://example.org/${text}` },
  };
  const { type: _op, meetingId, ...fields } = meetingAddOp();
  const meeting: Meeting = {
    ...base,
    ...fields,
    type: "meeting",
    id: meetingId,
    authorId: null,
    theme: text,
    description: text,
    place: text,
    onlineLink: `https://example.org/${text}`,
    status: "planned",
    documentation: { text, link: `https://example.org/${text}` },
    registered: 1,
    waiting: 0,
    sequence: 1,
  };
  const impulse: Impulse = {
    ...base,
    type: "impulse",
    id: "impulse-00001",
    authorId: "author-000001",
    title: text,
    abstract: text,
    presenterName: text,
    organisation: text,
    minutes: 10,
    preferredMeetingId: null,
    contactEmail: "a@example.org",
    noteToModerators: text,
    status: "scheduled",
    responseNote: text,
    meetingId,
    rank: "a0",
  };
  const businessCard: BusinessCard = {
    ...base,
    type: "businessCard",
    id: "bcard-000001",
    audience: "board",
    authorId: "author-000001",
    name: text,
    organisation: text,
    role: text,
    fieldsOfWork: [text],
    region: text,
    topics: [text],
    offers: text,
    seeks: text,
    about: text,
    contact: {
      email: { value: text, visibility: "board" },
      phone: null,
      website: { value: text, visibility: "board" },
    },
    consent: { text, at: NOW },
  };
  return [board, column, card, meeting, impulse, businessCard];
}

function exportOf(records: BaseRecord[], moderator = true) {
  const view = exportViewOf(
    { boardId: BOARD_ID, revision: 7, records },
    { moderator, language: "de", exportedAt: NOW },
  );
  if (!view) throw new Error("no board record");
  return view;
}

/**
 * The lines that start a block of Markdown (a heading, a list item, a quote, a rule, an underline,
 * HTML, a fence, a table row), by kind: text in a field must not add, remove or change any of them.
 */
function blockSkeleton(markdown: string): string[] {
  const kinds: [string, RegExp][] = [
    ["heading", /^ {0,3}#{1,6}(\s|$)/],
    ["item", /^ {0,3}([-+*]|\d{1,9}[.)])(\s|$)/],
    ["quote", /^ {0,3}>/],
    ["underline", /^ {0,3}(=+|-+)\s*$/],
    ["html", /^ {0,3}<[A-Za-z/!?]/],
    ["fence", /^ {0,3}(`{3,}|~{3,})/],
    ["break", /^ {0,3}([*_-]\s*){3,}$/],
    ["table", /^\s*\|/],
  ];
  return markdown.split("\n").flatMap((line) => {
    const kind = kinds.find(([, pattern]) => pattern.test(line.trimStart()) || pattern.test(line));
    return kind ? [`${kind[0]}:${line.match(/^ */)?.[0].length ?? 0}`] : [];
  });
}

describe("the minutes with hostile text in every field (EXP-7)", () => {
  it("EXP-7 no text in any field adds, removes or changes a heading, a list item or any other block; no tag, no control character", () => {
    const plain = blockSkeleton(minutesMarkdown(exportOf(boardWith("Wärmewende"))));
    expect(plain).toContain("heading:0");
    for (const hostile of [
      ...HOSTILE_STRINGS,
      "# Überschrift",
      "- Punkt",
      "> Zitat",
      "1. Liste",
      "<script>x</script>",
      "===",
      "***",
      "| a | b |",
      "```",
      "[Link](javascript:alert(1))",
      "javascript:alert(1)",
    ]) {
      const what = JSON.stringify(hostile.slice(0, 60));
      const markdown = minutesMarkdown(exportOf(boardWith(hostile)));
      expect(blockSkeleton(markdown), what).toEqual(plain);
      expect(markdown, what).not.toMatch(FORBIDDEN_IN_LINES);
      // Every `<` is escaped or opens one of our autolinks; every `[` is escaped.
      expect(markdown.replace(/<https:\/\/[^\s<>]*>/g, ""), what).not.toMatch(/(^|[^\\])[<[]/m);
    }
  });

  it("EXP-7 a field's words are all there, in order, in the moderator's and the participant's minutes", () => {
    const markdown = minutesMarkdown(exportOf(boardWith("Bürgerenergie & Radwege_2027")));
    expect(markdown).toContain("Bürgerenergie \\& Radwege\\_2027");
    expect(markdown).toContain("#### Tagesordnung");
    expect(markdown).toContain("- 18:00 **Bürgerenergie \\& Radwege\\_2027**");
  });
});

describe("the cards' CSV with hostile text in every field (EXP-8)", () => {
  it("EXP-8 EXP-5 EXP-6 every hostile string gives one row per card, each cell read back as cleaned, no line a formula", () => {
    for (const hostile of HOSTILE_STRINGS) {
      const what = JSON.stringify(hostile.slice(0, 60));
      const csv = cardTableCsv(exportOf(boardWith(hostile)));
      expect(csv.startsWith("\uFEFF"), what).toBe(true);
      const rows = parse(csv, { delimiter: ";", bom: true, record_delimiter: "\r\n" }) as string[][];
      expect(rows, what).toHaveLength(2);
      const [columnTitle, title, body, link, author] = rows[1];
      expect(columnTitle, what).toBe(spreadsheetCell(hostile));
      expect(title, what).toBe(spreadsheetCell(hostile));
      expect(body, what).toBe(spreadsheetCell(hostile));
      expect(link, what).toBe(spreadsheetCell(`https://example.org/${hostile}`));
      expect(author, what).toBe(spreadsheetCell(hostile));
      for (const cell of rows[1]) for (const line of cell.split("\n")) expect(line, what).not.toMatch(/^ *[=+\-@\t\r]/);
    }
  });
});

describe("the JSON export and its import (EXP-9, TPL-1..3)", () => {
  it("EXP-9 the JSON holds every record the view holds but the board's own, whatever their text", () => {
    for (const hostile of HOSTILE_STRINGS) {
      const records = boardWith(hostile);
      const exported = JSON.parse(JSON.stringify(boardJson(exportOf(records)))) as BoardExport;
      expect(exported.format).toBe("themenwand-board");
      expect(exported.board.title).toBe(hostile);
      expect(exported.records).toHaveLength(records.length - 1);
    }
  });

  const text = fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom(...HOSTILE_STRINGS.filter((hostile) => hostile.length < 300)),
  );
  const title = text.filter((value) => cleanTextLine(value).trim() !== "" && cleanTextLine(value).trim().length <= 100);
  const boardArbitrary = fc.record({
    title,
    description: text,
    columns: fc.array(
      fc.record({
        title,
        description: text.map((value) => value.slice(0, 300)),
        cards: fc.array(
          fc.record({
            title,
            body: text,
            author: fc.option(title.filter((name) => cleanTextLine(name).trim().length <= 60)),
          }),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 5 },
    ),
    meetings: fc.array(fc.record({ theme: title, documentation: text, cancelled: fc.boolean() }), { maxLength: 3 }),
  });

  it("TPL-1 property: export → import → export → import → export keeps the content, ids aside, whatever the text", () => {
    fc.assert(
      fc.property(boardArbitrary, (contents) => {
        const ranks = generateNKeysBetween(null, null, Math.max(contents.columns.length, 4));
        const records: Record<string, unknown>[] = [];
        contents.columns.forEach((column, index) => {
          records.push({
            type: "column",
            id: `column-${index}0000`,
            title: column.title,
            description: column.description,
            rank: ranks[index],
          });
          column.cards.forEach((card, cardIndex) => {
            records.push({
              type: "card",
              id: `card-${index}-${cardIndex}000`,
              columnId: `column-${index}0000`,
              rank: ranks[cardIndex],
              authorName: card.author,
              content: { kind: "topic", title: card.title, body: card.body, link: null },
            });
          });
        });
        contents.meetings.forEach((meeting, index) => {
          const { type: _op, meetingId: _id, ...fields } = meetingAddOp({ date: `2027-01-1${index}` });
          records.push({
            ...fields,
            type: "meeting",
            id: `meeting-${index}0000`,
            theme: meeting.theme,
            status: meeting.cancelled ? "cancelled" : "planned",
            documentation: { text: meeting.documentation, link: null },
          });
        });
        const source = {
          format: "themenwand-board",
          version: 1,
          board: { title: contents.title, description: contents.description },
          records,
        };
        const once = roundTrip(source);
        const twice = roundTrip(once);
        expect(exportContent(twice)).toEqual(exportContent(once));
        // What went in comes out as the door cleans it (VAL-9, VAL-10).
        expect(once.board.title).toBe(cleanTextLine(contents.title).trim());
        expect(once.records.filter((record) => record.type === "card")).toHaveLength(
          contents.columns.reduce((sum, column) => sum + column.cards.length, 0),
        );
        const cardBodies = once.records.flatMap((record) =>
          record.type === "card"
            ? [(record as Card).content.kind === "topic" ? (record as Card).content.body : ""]
            : [],
        );
        for (const body of cardBodies) expect(body).toBe(cleanTextLines(body).trim());
      }),
      { numRuns: 60 },
    );
  });

  it("TPL-1 a board of 10,000 cards (the limit) imports with every card in its column's order; one card more is limit_reached", () => {
    const ranks = generateNKeysBetween(null, null, 500);
    const exported = (cards: number) => ({
      format: "themenwand-board",
      version: 1,
      board: { title: "Groß" },
      records: [
        ...Array.from({ length: 20 }, (_, column) => ({
          type: "column",
          id: `column-${column}-000`,
          title: `Spalte ${column}`,
          rank: ranks[column],
        })),
        ...Array.from({ length: cards }, (_, index) => ({
          type: "card",
          id: `card-${index}-000`,
          columnId: `column-${index % 20}-000`,
          // Backwards within each column: the import must sort by rank, not by arrival.
          rank: ranks[499 - Math.floor(index / 20)] ?? `${ranks[499]}V`,
          content: { kind: "topic", title: `Karte ${index}` },
        })),
      ],
    });
    const full = roundTrip(exported(10_000));
    expect(full.records.filter((record) => record.type === "card")).toHaveLength(10_000);
    const content = exportContent(full);
    const firstColumn = content.cards.filter((card) => card.columnId === "column#0");
    expect(firstColumn).toHaveLength(500);
    expect(firstColumn.map((card) => (card.content as { title: string }).title).slice(0, 2)).toEqual([
      "Karte 9980",
      "Karte 9960",
    ]);
    expect(() => roundTrip(exported(10_001))).toThrow(/limit_reached/);
  });

  it("TPL-3 a template keeps columns, settings and the meetings' shape, the cards only when asked, nobody's own records", () => {
    const records = boardWith("Vorlage");
    const exported = JSON.parse(JSON.stringify(boardJson(exportOf(records)))) as BoardExport;
    const withoutCards = asTemplate(exported, { cards: false, title: "Kopie" });
    expect(withoutCards.board.title).toBe("Kopie");
    expect(withoutCards.records.map((record) => record.type).sort()).toEqual(["column", "meeting"]);
    const meeting = withoutCards.records.find((record) => record.type === "meeting") as Meeting;
    expect(meeting.documentation).toEqual({ text: "", link: null });
    expect(meeting.registered).toBe(0);
    const withCards = asTemplate(exported, { cards: true, title: "Kopie" });
    expect(withCards.records.map((record) => record.type).sort()).toEqual(["card", "column", "meeting"]);
    const imported = roundTrip(withCards);
    expect(imported.records.map((record) => record.type).sort()).toEqual(["card", "column", "meeting"]);
  });
});

let boards = 0;
/** An export imported as a new board, exported again as its moderators see it. */
function roundTrip(source: unknown): BoardExport {
  const body = BoardImportBody.parse(JSON.parse(JSON.stringify(source)));
  boards += 1;
  let ids = 0;
  const boardId = `board-round${boards}`;
  const imported = importedRecords(body, {
    boardId,
    now: NOW,
    newId: () => {
      ids += 1;
      return `id-${boards}-${ids}-xxxxxx`;
    },
  });
  if (!imported.ok) throw new Error(JSON.stringify(imported.problem));
  const view = exportViewOf(
    { boardId, revision: 0, records: imported.records },
    { moderator: true, language: "de", exportedAt: NOW },
  );
  if (!view) throw new Error("no board");
  return JSON.parse(JSON.stringify(boardJson(view))) as BoardExport;
}
