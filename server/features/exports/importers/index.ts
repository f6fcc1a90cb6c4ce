import type { ExportedRecord, RecordImporter } from "./importer";

export { type ExportedRecord, IdMap, type RecordImporter } from "./importer";

const field = (record: Readonly<Record<string, unknown>>, name: string) => record[name];
const nested = (value: unknown, name: string) =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;

const columns: RecordImporter = {
  type: "column",
  ops: (column, ids) => [
    {
      type: "column.add",
      columnId: ids.of("column", column.id),
      title: field(column, "title"),
      description: field(column, "description") ?? "",
      rank: field(column, "rank"),
    },
  ],
};

/**
 * A card keeps its author's name as shown on the board, never its author (the new board's cards have
 * none). One that not everyone could read (waiting, rejected, hidden until reveal: MOD-1, MOD-3) stays
 * behind: on the new board it would be everyone's.
 */
const everyones = (record: ExportedRecord) => [undefined, "board"].includes(field(record, "audience") as string);

const cards: RecordImporter = {
  type: "card",
  ops: (card, ids) =>
    everyones(card)
      ? [
          {
            type: "card.add",
            cardId: ids.of("card", card.id),
            columnId: ids.known("column", field(card, "columnId")),
            rank: field(card, "rank"),
            authorName: field(card, "authorName") ?? null,
            content: field(card, "content"),
          },
        ]
      : [],
};

const MEETING_FIELDS = [
  "theme",
  "description",
  "date",
  "startTime",
  "endTime",
  "place",
  "onlineLink",
  "slots",
  "registration",
  "capacity",
] as const;

/** A meeting's shape, its documentation and whether it was cancelled; never who registered (TPL-2). */
const meetings: RecordImporter = {
  type: "meeting",
  ops(meeting, ids) {
    const meetingId = ids.of("meeting", meeting.id);
    const fields = Object.fromEntries(MEETING_FIELDS.map((name) => [name, field(meeting, name) ?? undefined]));
    const ops: unknown[] = [
      {
        type: "meeting.add",
        meetingId,
        ...fields,
        themeCardId: ids.known("card", field(meeting, "themeCardId")),
      },
    ];
    const documentation = field(meeting, "documentation");
    const text = nested(documentation, "text");
    const link = nested(documentation, "link");
    if (text || link) ops.push({ type: "meeting.document", meetingId, text: text ?? "", link: link ?? null });
    if (field(meeting, "status") === "cancelled") ops.push({ type: "meeting.cancel", meetingId });
    return ops;
  },
};

const wallSettings: RecordImporter = {
  type: "wallSettings",
  ops: (settings) => [
    {
      type: "wallSettings.update",
      fieldsOfWork: field(settings, "fieldsOfWork"),
      regions: field(settings, "regions"),
      topics: field(settings, "topics"),
      baseVersion: 0,
    },
  ],
};

/**
 * What an import brings back, in this order (a card needs its column, a meeting its theme card).
 * Registrations, impulse offers, business cards and calendar feeds are people's own and stay
 * behind (TPL-2), as does any type without an importer.
 */
export const RECORD_IMPORTERS: readonly RecordImporter[] = [columns, cards, meetings, wallSettings];
