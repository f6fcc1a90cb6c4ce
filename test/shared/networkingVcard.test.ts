import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { BusinessCard } from "../../shared/features/networking";
import { vcard3Of, vcards3Of } from "../../shared/features/networking/vcard3";
import { repairVcard4Text, vcard4Of, vcards4Of } from "../../shared/features/networking/vcard4";
import { escapeText, foldLine, vcardFileName } from "../../shared/features/networking/vcardText";
import { FORBIDDEN_IN_A_LINE } from "../helpers/hostileStrings";

const ABOUT =
  "Wir planen Wärmenetze: für Quartiere, Dörfer; und Städte.\r\nZweite Zeile \\ mit Backslash\nÄÖÜäöüß äöüß äöüß äöüß äöüß äöüß äöüß äöüß äöüß 😀";

const BOARD = { boardId: "board-000001" };

const sampleCard = (extra: Partial<BusinessCard> = {}): BusinessCard => ({
  type: "businessCard",
  id: "bcard-0001",
  version: 1,
  audience: "board",
  authorId: "author-1",
  name: "Jürgen Müßig",
  organisation: "Bürgerenergie; Lausitz, e.V.",
  role: "Vorstand: Finanzen",
  fieldsOfWork: ["Klima und Umwelt"],
  region: "Cottbus",
  topics: ["Wärme, Energie", "Bildung"],
  offers: "Beratung",
  seeks: "Partner für Projekte",
  about: ABOUT,
  contact: {
    email: { value: "juergen@example.org", visibility: "board" },
    phone: { value: "+49 355 12345", visibility: "board" },
    website: { value: "https://example.org/wärme?a=1,2", visibility: "board" },
  },
  consent: { text: "Ja", at: 1 },
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

/** Properties by name as ical.js reads them (an independent parser of vCard 3 and 4). */
function parsed(text: string): ICAL.Component[] {
  const data = ICAL.parse(text);
  const cards = Array.isArray(data[0]) ? (data as unknown[]) : [data];
  return cards.map((card) => new ICAL.Component(card as unknown[]));
}
const value = (card: ICAL.Component, name: string) => card.getFirstPropertyValue(name);

/** What every vCard file here must be, whatever a parser forgives. */
function assertWellFormed(text: string, version: "4.0" | "3.0", count = 1): void {
  expect(text.endsWith("\r\n")).toBe(true);
  // CRLF only: no bare LF or CR anywhere.
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n").slice(0, -1)) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
  expect(lines.filter((line) => line === "BEGIN:VCARD")).toHaveLength(count);
  expect(lines.filter((line) => line === "END:VCARD")).toHaveLength(count);
  expect(lines.filter((line) => line === `VERSION:${version}`)).toHaveLength(count);
  expect(lines.filter((line) => line.startsWith("FN:"))).toHaveLength(count);
  expect(lines.filter((line) => line.startsWith("N:"))).toHaveLength(count);
  // VERSION right after BEGIN (required placement in 4.0, expected by phones in 3.0).
  lines.forEach((line, index) => {
    if (line === "BEGIN:VCARD") expect(lines[index + 1]).toBe(`VERSION:${version}`);
  });
}

/**
 * ical.js reads "\;" in a single-valued text (NOTE, TITLE) as it stands, though RFC 6350 3.4 lets
 * a writer escape it and RFC 2426 requires it: the test reads it back the way the RFCs do.
 */
const unescapedSemicolons = (text: unknown) => String(text).replace(/\\;/g, ";");

describe("vCards (NET-5)", () => {
  it("NET-5 vCard 4.0 via vcard4 reads back whole in ical.js: umlauts, line breaks, commas, semicolons, colons", () => {
    const text = vcard4Of(sampleCard(), BOARD);
    assertWellFormed(text, "4.0");
    const [card] = parsed(text);
    expect(value(card, "version")).toBe("4.0");
    expect(value(card, "fn")).toBe("Jürgen Müßig");
    expect(value(card, "n")).toEqual(["Müßig", "Jürgen", "", "", ""]);
    expect(value(card, "org")).toBe("Bürgerenergie; Lausitz, e.V.");
    expect(value(card, "title")).toBe("Vorstand: Finanzen");
    expect(value(card, "email")).toBe("juergen@example.org");
    expect(value(card, "tel")).toBe("+49 355 12345");
    expect(value(card, "url")).toBe("https://example.org/wärme?a=1,2");
    expect(card.getFirstProperty("categories")?.getValues()).toEqual(["Wärme, Energie", "Bildung"]);
    const note = unescapedSemicolons(value(card, "note"));
    expect(note).toContain(ABOUT.replace("\r\n", "\n"));
    expect(note).toContain("Ich biete: Beratung\nIch suche: Partner für Projekte\nRegion: Cottbus");
    // The text itself: escaped as RFC 6350 wants, nothing more.
    expect(text).toContain("ORG:Bürgerenergie\\; Lausitz\\, e.V.\r\n");
    expect(text).toContain("TITLE:Vorstand: Finanzen\r\n");
    expect(text).toContain("CATEGORIES:Wärme\\, Energie,Bildung\r\n");
    expect(text.replace(/\r\n /g, "")).toContain("Zweite Zeile \\\\ mit Backslash\\nÄÖÜ");
  });

  it("NET-5 vCard 3.0 for phones has N and FN and reads back whole in ical.js", () => {
    const text = vcard3Of(sampleCard(), { boardId: "board-000001", language: "en" });
    assertWellFormed(text, "3.0");
    const [card] = parsed(text);
    expect(value(card, "version")).toBe("3.0");
    expect(value(card, "fn")).toBe("Jürgen Müßig");
    expect(value(card, "n")).toEqual(["Müßig", "Jürgen", "", "", ""]);
    expect(value(card, "org")).toBe("Bürgerenergie; Lausitz, e.V.");
    expect(value(card, "email")).toBe("juergen@example.org");
    expect(card.getFirstProperty("email")?.getParameter("type")).toEqual(["INTERNET", "WORK"]);
    expect(value(card, "tel")).toBe("+49 355 12345");
    const note = unescapedSemicolons(value(card, "note"));
    expect(note).toContain(ABOUT.replace("\r\n", "\n"));
    expect(note).toContain("I offer: Beratung\nI am looking for: Partner für Projekte");
  });

  it("NET-5 NET-2 contact fields the viewer may not see (null) stay out; several cards make one file", () => {
    const redacted = sampleCard({ contact: { email: null, phone: null, website: null }, organisation: "", role: "" });
    for (const text of [vcard4Of(redacted, BOARD), vcard3Of(redacted, BOARD)]) {
      expect(text).not.toMatch(/EMAIL|TEL|URL|ORG|TITLE|juergen|12345/);
    }
    const two = [sampleCard(), sampleCard({ id: "bcard-0002", name: "Anna" })];
    for (const [text, version] of [
      [vcards4Of(two, BOARD), "4.0"],
      [vcards3Of(two, BOARD), "3.0"],
    ] as const) {
      assertWellFormed(text, version, 2);
      expect(parsed(text).map((card) => value(card, "fn"))).toEqual(["Jürgen Müßig", "Anna"]);
      // A one-word name: it is the family name.
      expect(value(parsed(text)[1], "n")).toEqual(["Anna", "", "", "", ""]);
    }
  });

  it("NET-5 folding counts octets and never splits a character; escaping leaves colons alone", () => {
    const line = `NOTE:${"ä".repeat(100)}😀${"x".repeat(80)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(escapeText("a,b;c\\d:e\r\nf\rg")).toBe("a\\,b\\;c\\\\d:e\\nf\\ng");
    // What vcard4 itself gets wrong, and repairVcard4Text puts right.
    const broken = `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${"ü".repeat(75)}\r\n ${"ü".repeat(10)}\r\nNOTE:a\\:b \\\\\\:c\r\nEND:VCARD\r\n`;
    const repaired = repairVcard4Text(broken);
    for (const part of repaired.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(repaired.replace(/\r\n /g, "")).toContain(`FN:${"ü".repeat(85)}\r\nNOTE:a:b \\\\:c\r\n`);
    expect(vcardFileName('Jürgen "JM" Müßig/Lausitz')).toBe("Jürgen JM Müßig Lausitz.vcf");
  });

  it("EXP-1 VAL-9 a bare CR in organisation, role or a topic forges no contact: a wall of two is two vCards", () => {
    const forged = "Verein\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:Bürgermeister Amt\rURL:javascript:alert(1)";
    const hostile = sampleCard({ organisation: forged, role: `Kassenwart\rEND:VCARD`, topics: ["Wärme\rBEGIN:VCARD"] });
    const wall = [hostile, sampleCard({ id: "bcard-0002", name: "Anna" })];
    for (const [text, version] of [
      [vcards4Of(wall, BOARD), "4.0"],
      [vcards3Of(wall, BOARD), "3.0"],
    ] as const) {
      assertWellFormed(text, version, 2);
      // A contacts app that breaks lines at a CR alone finds no line of ours that we did not write.
      const anyLines = text.replace(/\r\n /g, "").split(/\r\n|\r|\n/);
      expect(anyLines.filter((line) => line === "BEGIN:VCARD")).toHaveLength(2);
      expect(anyLines.filter((line) => line.startsWith("URL:javascript"))).toHaveLength(0);
      expect(text.replace(/\r\n/g, "")).not.toMatch(FORBIDDEN_IN_A_LINE);
      const cards = parsed(text);
      expect(cards.map((card) => value(card, "fn"))).toEqual(["Jürgen Müßig", "Anna"]);
      expect(value(cards[0], "org")).toBe(forged.replace(/\r/g, "\n"));
      expect(value(cards[0], "title")).toBe("Kassenwart\nEND:VCARD");
    }
  });
});
