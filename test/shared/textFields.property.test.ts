import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { invalidInput } from "../../server/validation";
import { OpSchema, type OpType } from "../../shared/ops";
import { keepsLineBreaks } from "../../shared/text";
import {
  CONTROL_CHARACTERS,
  FORBIDDEN_IN_A_LINE,
  FORBIDDEN_IN_LINES,
  HOSTILE_STRINGS,
} from "../helpers/hostileStrings";

type Path = readonly (string | number)[];
interface StringField {
  path: Path;
  lines: boolean;
}

/**
 * Every string an op schema takes, found by walking it (objects, arrays, and what wraps a schema:
 * optional, nullable, default, pipe), so a new op or field is covered without a word here.
 */
function stringFields(schema: z.ZodType, path: Path = []): StringField[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "string":
      return [{ path, lines: keepsLineBreaks(schema) }];
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
        stringFields(field, [...path, key]),
      );
    case "array":
      return stringFields(def.element as z.ZodType, [...path, 0]);
    case "union":
      return (def.options as z.ZodType[]).flatMap((option) => stringFields(option, path));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return stringFields(def.innerType as z.ZodType, path);
    case "pipe":
      return stringFields(def.in as z.ZodType, path);
    case "literal":
    case "enum":
    case "number":
    case "int":
    case "boolean":
      return [];
    default:
      throw new Error(`the walk does not know a ${def.type} schema (at ${path.join(".")}); teach it`);
  }
}

const id = (prefix: string) => `${prefix}-0001`;
const HASH = "a".repeat(64);
const contact = {
  email: { value: "anna@example.org", visibility: "board" },
  phone: { value: "+49 355 12345", visibility: "moderators" },
  website: { value: "https://example.org/anna", visibility: "nobody" },
};
const card = {
  name: "Anna Beispiel",
  organisation: "Verein",
  role: "Vorstand",
  fieldsOfWork: ["Klima"],
  region: "Cottbus",
  topics: ["Wärme"],
  offers: "Beratung",
  seeks: "Partner",
  about: "Über mich",
  contact,
};
const meeting = {
  meetingId: id("meet"),
  theme: "Wärmewende",
  description: "Drei Impulse",
  date: "2027-01-24",
  startTime: "18:00",
  endTime: "20:00",
  place: "Bürgerhaus",
  onlineLink: "https://meet.example.org/x",
  slots: 3,
  registration: "open",
  capacity: 20,
  themeCardId: id("card"),
};
const offer = {
  impulseId: id("imp"),
  title: "Solardächer",
  abstract: "Wie es ging",
  presenterName: "Ada",
  organisation: "Genossenschaft",
  minutes: 10,
  preferredMeetingId: id("meet"),
  contactEmail: "ada@example.org",
  noteToModerators: "Gern im Januar",
};
const topic = { kind: "topic", title: "Solar", body: "Text", link: "https://example.org/solar" };

/** One valid op of every type, each string field given; the compiler asks for one for a new op type. */
const SAMPLES = {
  "board.update": { title: "Stammtisch", description: "Beschreibung", views: ["columns"], baseVersion: 1 },
  "column.add": { columnId: id("col"), title: "Klima", description: "Worum es geht", rank: "a0" },
  "column.rename": { columnId: id("col"), title: "Klima", baseVersion: 1 },
  "column.update": { columnId: id("col"), title: "Klima", description: "Worum es geht", baseVersion: 1 },
  "column.move": { columnId: id("col"), rank: "a1" },
  "column.remove": { columnId: id("col") },
  "card.add": { cardId: id("card"), columnId: id("col"), rank: "a0", authorName: "Alice", content: topic },
  "card.edit": { cardId: id("card"), baseVersion: 1, content: topic },
  "card.move": { cardId: id("card"), columnId: id("col"), rank: "a1" },
  "card.remove": { cardId: id("card") },
  "meeting.add": meeting,
  "meeting.update": { ...meeting, baseVersion: 1 },
  "meeting.cancel": { meetingId: id("meet") },
  "meeting.document": { meetingId: id("meet"), text: "Protokoll", link: "https://example.org/protokoll" },
  "meeting.remove": { meetingId: id("meet") },
  "registration.add": { registrationId: id("reg"), meetingId: id("meet"), name: "Bob", email: "bob@example.org" },
  "registration.cancel": { registrationId: id("reg") },
  "calendarFeed.add": { feedId: id("feed"), secretHash: HASH },
  "calendarFeed.remove": { feedId: id("feed") },
  "impulse.offer": offer,
  "impulse.edit": { ...offer, baseVersion: 1 },
  "impulse.withdraw": { impulseId: id("imp") },
  "impulse.accept": { impulseId: id("imp"), note: "Gern" },
  "impulse.decline": { impulseId: id("imp"), note: "Leider nicht" },
  "impulse.schedule": { impulseId: id("imp"), meetingId: id("meet"), rank: "a0" },
  "impulse.cancel": { impulseId: id("imp"), note: "Krank" },
  "impulse.held": { impulseId: id("imp") },
  "businessCard.publish": {
    cardId: id("bcard"),
    ...card,
    consent: { text: "Ich bin einverstanden.", given: true },
    editKeyHash: HASH,
  },
  "businessCard.update": { cardId: id("bcard"), baseVersion: 1, ...card },
  "businessCard.remove": { cardId: id("bcard") },
  "businessCard.newEditLink": { cardId: id("bcard"), editKeyHash: HASH },
  "impulse.remove": { impulseId: id("imp") },
  "group.create": {
    groupId: id("group"),
    name: "AG Wärme",
    description: "Wärmeplanung",
    conveners: ["Ada"],
    topicCardIds: [id("card")],
    clusterId: id("cluster"),
    convenerKeyHash: HASH,
  },
  "group.update": {
    groupId: id("group"),
    baseVersion: 1,
    name: "AG Wärme",
    description: "",
    conveners: ["Ada"],
    topicCardIds: [id("card")],
  },
  "group.remove": { groupId: id("group") },
  "group.newConvenerLink": { groupId: id("group"), convenerKeyHash: HASH },
  "group.join": {
    groupId: id("group"),
    membershipId: id("member"),
    name: "Ada",
    businessCardId: id("bcard"),
    contact: "ada@example.org",
    consent: { text: "Ich bin einverstanden.", given: true },
  },
  "group.leave": { groupId: id("group") },
  "wallSettings.update": { fieldsOfWork: ["Klima"], regions: ["Cottbus"], topics: ["Wärme"], baseVersion: 1 },
  "votingRound.open": { roundId: id("round"), tallyId: id("tally"), title: "Runde 1", columnIds: [id("col")] },
  "votingRound.close": { roundId: id("round") },
  "vote.cast": { roundId: id("round"), cardId: id("card"), ballotId: id("ballot"), voterName: "Ada" },
  "vote.retract": { roundId: id("round"), cardId: id("card") },
  "priority.mark": { cardIds: [id("card")], roundId: id("round") },
  "priority.unmark": { cardId: id("card") },
  "likes.configure": { enabled: true },
  "like.add": { likeId: id("like"), cardId: id("card") },
  "like.remove": { cardId: id("card") },
  "cluster.create": { clusterId: id("clu"), cardIds: [id("card"), id("card2")], title: "Radverkehr" },
  "cluster.addCard": { clusterId: id("clu"), cardId: id("card") },
  "cluster.removeCard": { cardId: id("card") },
  "cluster.rename": { clusterId: id("clu"), title: "Radverkehr", baseVersion: 1 },
  "cluster.dissolve": { clusterId: id("clu") },
  "card.merge": { cardId: id("card"), mergedCardId: id("card2") },
  "timer.start": { seconds: 300 },
  "timer.pause": {},
  "timer.resume": {},
  "timer.extend": { seconds: 60 },
  "timer.stop": {},
  "focus.set": { target: { kind: "column", id: id("col") } },
  "moderatorInvite.create": { inviteId: id("invite"), label: "Ada", keyHash: HASH },
  "moderatorInvite.revoke": { inviteId: id("invite") },
  "author.erase": {},
  "agendaItem.add": {
    itemId: id("item"),
    meetingId: id("meet"),
    rank: "a0",
    kind: "welcome",
    title: "Begrüßung",
    minutes: 10,
  },
  "agendaItem.update": { itemId: id("item"), baseVersion: 1, kind: "break", title: "Pause", minutes: 15 },
  "agendaItem.move": { itemId: id("item"), rank: "a1" },
  "agendaItem.remove": { itemId: id("item") },
  "moderation.approval": { on: true },
  "moderation.words": { words: ["Spam", "böses Wort"] },
  "moderation.hide": { columnId: id("col"), hidden: true },
  "moderation.lock": { columnId: id("col"), locked: true, lockAt: 1_000 },
  "moderation.names": { shown: false },
  "moderation.linksOnly": { on: true },
  "moderation.approve": { cardId: id("card") },
  "moderation.reject": { cardId: id("card"), reason: "Bitte sachlich" },
  "link.create": { linkId: id("link"), label: "Gruppe A", kind: "group", columnId: id("col"), keyHash: HASH },
  "link.revoke": { linkId: id("link") },
} satisfies Record<OpType, Record<string, unknown>>;

const opTypeOf = (schema: z.ZodType) =>
  (schema._zod.def as unknown as { shape: { type: z.ZodLiteral } }).shape.type.value;
const OPS = OpSchema.options.map((schema) => ({
  type: opTypeOf(schema as z.ZodType) as OpType,
  fields: stringFields(schema as z.ZodType).filter((field) => field.path[0] !== "type"),
}));

function sampleOf(type: OpType): Record<string, unknown> {
  return structuredClone({ type, ...SAMPLES[type] });
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)?.[key], value);
}

function withValue(op: Record<string, unknown>, path: Path, value: string): Record<string, unknown> {
  const parent = at(op, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return op;
}

/** Arbitrary unicode with control characters and the corpus's hostile strings mixed in. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom(...CONTROL_CHARACTERS),
      fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length < 200)),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

describe("text at the door (VAL-9, VAL-10, VAL-11)", () => {
  it("VAL-9 the walk finds every op of the union, and each op's sample parses", () => {
    expect(OPS.map((op) => op.type).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const { type, fields } of OPS) {
      const parsed = OpSchema.safeParse(sampleOf(type));
      expect(parsed.success, `${type}: ${parsed.error?.message}`).toBe(true);
      // Every string field the walk found is in the sample, so the property below reaches it.
      for (const field of fields) expect(typeof at(sampleOf(type), field.path), `${type} ${field.path}`).toBe("string");
    }
    expect(OPS.flatMap((op) => op.fields).filter((field) => field.lines).length).toBeGreaterThan(10);
  });

  for (const { type, fields } of OPS) {
    it(`VAL-9 VAL-10 VAL-11 ${type}: in every text field, control characters are cleaned out or the op is refused with a typed problem`, () => {
      for (const field of fields) {
        const sample = at(sampleOf(type), field.path) as string;
        fc.assert(
          fc.property(hostileText, fc.nat(sample.length), fc.boolean(), (hostile, position, inside) => {
            const value = inside ? sample.slice(0, position) + hostile + sample.slice(position) : hostile;
            const parsed = OpSchema.safeParse(withValue(sampleOf(type), field.path, value));
            if (!parsed.success) {
              expect(invalidInput(parsed.error, "op").code).toBe("invalid_input");
              return;
            }
            const output = at(parsed.data, field.path);
            // A list drops empty entries: its field may be gone.
            if (output === undefined && typeof field.path.at(-1) === "number") return;
            if (output === null) return;
            expect(typeof output).toBe("string");
            expect(output, `${type}.${field.path.join(".")}`).not.toMatch(
              field.lines ? FORBIDDEN_IN_LINES : FORBIDDEN_IN_A_LINE,
            );
          }),
          { numRuns: 40 },
        );
      }
    });
  }
});
