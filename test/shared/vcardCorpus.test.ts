import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { BusinessCard } from "../../shared/features/networking";
import { vcards3Of } from "../../shared/features/networking/vcard3";
import { vcards4Of } from "../../shared/features/networking/vcard4";
import { contactUid, nameParts, type VCardOptions } from "../../shared/features/networking/vcardText";
import { cleanTextLines, withoutControls } from "../../shared/plainText";
import { FORBIDDEN_IN_A_LINE, HOSTILE_STRINGS } from "../helpers/hostileStrings";

const OPTIONS: VCardOptions = { boardId: "board-000001", language: "de" };

const plainCard = (id: string, name: string): BusinessCard => ({
  type: "businessCard",
  id,
  version: 1,
  audience: "board",
  authorId: `author-${id}`,
  name,
  organisation: "Verein",
  role: "Vorstand",
  fieldsOfWork: ["Klima"],
  region: "Cottbus",
  topics: ["Wärme", "Bildung"],
  offers: "Beratung",
  seeks: "Partner",
  about: "Über mich",
  contact: {
    email: { value: "anna@example.org", visibility: "board" },
    phone: { value: "+49 355 12345", visibility: "board" },
    website: { value: "https://example.org/anna", visibility: "board" },
  },
  consent: { text: "Ja", at: 1 },
  createdAt: 1,
  updatedAt: 1,
});

const TEXT_FIELDS = ["name", "organisation", "role", "region", "offers", "seeks", "about"] as const;
const LIST_FIELDS = ["fieldsOfWork", "topics"] as const;
const CONTACT_FIELDS = ["email", "phone", "website"] as const;
type Field = (typeof TEXT_FIELDS)[number] | (typeof LIST_FIELDS)[number] | (typeof CONTACT_FIELDS)[number];
const FIELDS: Field[] = [...TEXT_FIELDS, ...LIST_FIELDS, ...CONTACT_FIELDS];

/** A card whose one field holds the hostile string (a list its first entry, a link its query). */
function cardWith(field: Field, hostile: string): BusinessCard {
  const card = plainCard("bcard-0001", "Jürgen Müßig");
  if (field === "fieldsOfWork" || field === "topics") return { ...card, [field]: [hostile, "Zweites"] };
  if (field === "email" || field === "phone" || field === "website") {
    const value = field === "website" ? `https://example.org/?q=${hostile}` : hostile;
    return { ...card, contact: { ...card.contact, [field]: { value, visibility: "board" } } };
  }
  return { ...card, [field]: hostile };
}

function parsed(text: string): ICAL.Component[] {
  const data = ICAL.parse(text);
  const cards = Array.isArray(data[0]) ? (data as unknown[]) : [data];
  return cards.map((card) => new ICAL.Component(card as unknown[]));
}

/**
 * ical.js leaves "\;" escaped in a text that is not structured (all but N and ORG), though RFC 6350
 * 3.4 lets a writer escape it and RFC 2426 requires it, and unescapes the rest: so each ";" of the
 * text reads back as "\;" there.
 */
const asIcalJsReads = (text: string) => text.replace(/;/g, "\\;");
/**
 * ical.js splits a list or structured value at "\\\\," or "\\\\;" (an escaped backslash, then the
 * separator): its bug, not the text's. Such values are checked in the text itself, as RFC 6350 3.4 says.
 */
const endsInBackslash = (...parts: string[]) => parts.some((part) => part.endsWith("\\"));
const escaped = (text: string) => text.replace(/[\\,;]/g, "\\$&").replace(/\n/g, "\\n");
const unfolded = (text: string) => text.replace(/\r\n /g, "");
const one = (card: ICAL.Component, name: string) => card.getFirstPropertyValue(name);

/** The file's own structure: CRLF only, folded at 75 octets, exactly the contacts written. */
function expectWellFormed(text: string, version: "4.0" | "3.0", count: number) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(FORBIDDEN_IN_A_LINE);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  // Broken at any line break, as a lenient reader does: still only the lines we wrote.
  const lines = text.replace(/\r\n /g, "").split(/\r\n|\r|\n/);
  expect(lines.filter((line) => line === "BEGIN:VCARD")).toHaveLength(count);
  expect(lines.filter((line) => line === "END:VCARD")).toHaveLength(count);
  expect(lines.filter((line) => line === `VERSION:${version}`)).toHaveLength(count);
  expect(lines.filter((line) => /^(BEGIN|END|VERSION|FN|N|UID):/.test(line))).toHaveLength(count * 6);
}

describe("vCards with hostile text in every field (EXP-1, EXP-2)", () => {
  for (const [version, field] of (["4.0", "3.0"] as const).flatMap((v) => FIELDS.map((f) => [v, f] as const))) {
    const write = version === "4.0" ? vcards4Of : vcards3Of;
    it(`EXP-1 NET-5 vCard ${version}, ${field}: each hostile string gives exactly the contacts written, the field read back intact`, () => {
      for (const hostile of HOSTILE_STRINGS) {
        const card = cardWith(field, hostile);
        const what = `${field} = ${JSON.stringify(hostile.slice(0, 60))}`;
        const other = plainCard("bcard-0002", "Anna Beispiel");
        const text = write([card, other], OPTIONS);
        expectWellFormed(text, version, 2);
        const [read, readOther] = parsed(text);
        expect(read.getFirstPropertyValue("uid"), what).toBe(contactUid(OPTIONS.boardId, card.id));
        expect(one(readOther, "fn"), what).toBe("Anna Beispiel");
        expect(one(readOther, "note"), what).toContain("Über mich");
        const note = String(one(read, "note"));

        const clean = cleanTextLines(hostile);
        switch (field) {
          case "name": {
            const name = clean.trim() || "?";
            expect(one(read, "fn"), what).toBe(asIcalJsReads(name));
            const { family, given } = nameParts(name);
            if (endsInBackslash(family, given)) {
              expect(unfolded(text), what).toContain(`\r\nN:${escaped(family)};${escaped(given)};;;\r\n`);
            } else expect(read.getFirstPropertyValue("n"), what).toEqual([family, given, "", "", ""]);
            break;
          }
          case "organisation":
            if (clean === "") expect(read.hasProperty("org"), what).toBe(false);
            else expect(one(read, "org"), what).toBe(clean);
            break;
          case "role":
            if (clean === "") expect(read.hasProperty("title"), what).toBe(false);
            else expect(one(read, "title"), what).toBe(asIcalJsReads(clean));
            break;
          case "region":
          case "offers":
          case "seeks":
          case "about":
            expect(note, what).toContain(asIcalJsReads(clean));
            break;
          case "fieldsOfWork":
            expect(note, what).toContain(asIcalJsReads(`Arbeitsfeld: ${clean}, Zweites`));
            break;
          case "topics":
            if (endsInBackslash(clean))
              expect(unfolded(text), what).toContain(`CATEGORIES:${escaped(clean)},Zweites\r\n`);
            else
              expect(read.getFirstProperty("categories")?.getValues(), what).toEqual(
                clean === "" ? ["Zweites"] : [asIcalJsReads(clean), "Zweites"],
              );
            break;
          case "email":
          case "phone": {
            const property = field === "email" ? "email" : "tel";
            const address = withoutControls(hostile).trim();
            // A 3.0 phone number has no escape for a backslash (RFC 2426 3.3.1): it is left out.
            const expected = field === "phone" && version === "3.0" ? address.replace(/\\/g, "") : address;
            const asRead = field === "phone" && version === "3.0" ? expected : asIcalJsReads(expected);
            if (expected === "") expect(read.hasProperty(property), what).toBe(false);
            else expect(one(read, property), what).toBe(asRead);
            break;
          }
          case "website": {
            const uri = withoutControls(`https://example.org/?q=${hostile}`).trim().replace(/\\/g, "%5C");
            expect(read.getFirstPropertyValue("url"), what).toBe(uri);
            break;
          }
        }
      }
    });
  }

  it("EXP-2 a contact's UID is the same on every export of the card and differs between cards and boards", () => {
    const card = plainCard("bcard-0001", "Anna Beispiel");
    const uid = contactUid("board-000001", "bcard-0001");
    expect(uid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const edited = { ...card, name: "Anna Neu", version: 2 };
    for (const write of [vcards4Of, vcards3Of]) {
      for (const text of [
        write([card], OPTIONS),
        write([edited], OPTIONS),
        write([edited], { ...OPTIONS, language: "en" }),
      ]) {
        expect(parsed(text)[0].getFirstPropertyValue("uid")).toBe(uid);
      }
    }
    expect(contactUid("board-000001", "bcard-0002")).not.toBe(uid);
    expect(contactUid("board-000002", "bcard-0001")).not.toBe(uid);
  });
});
