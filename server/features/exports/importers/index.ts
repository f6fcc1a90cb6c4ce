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

/** A day no meeting is over on: a cancelled meeting is cancelled there, then moved to its own day. */
const NOT_OVER_YET = "2999-12-31";

/**
 * A meeting's shape, its documentation and whether it was cancelled; never who registered (TPL-2).
 * A meeting that is over cannot be cancelled (MEET-11), so a cancelled one is made on a day still to
 * come, cancelled there, and then given its own day, each an ordinary op; its agenda items stay
 * behind (nothing of its programme takes place: MEET-9).
 */
const meetings: RecordImporter = {
  type: "meeting",
  ops(meeting, ids) {
    const meetingId = ids.of("meeting", meeting.id);
    const cancelled = field(meeting, "status") === "cancelled";
    if (cancelled) ids.of(CANCELLED_MEETING, meeting.id);
    const fields = Object.fromEntries(MEETING_FIELDS.map((name) => [name, field(meeting, name) ?? undefined]));
    const themeCardId = ids.known("card", field(meeting, "themeCardId"));
    const add = { type: "meeting.add", meetingId, ...fields, themeCardId };
    const ops: unknown[] = [cancelled ? { ...add, date: NOT_OVER_YET } : add];
    const documentation = field(meeting, "documentation");
    const text = nested(documentation, "text");
    const link = nested(documentation, "link");
    if (text || link) ops.push({ type: "meeting.document", meetingId, text: text ?? "", link: link ?? null });
    if (cancelled) {
      // Versions as the rules count them: 1 when made, one more for the documentation, one for cancelling.
      const baseVersion = 2 + (text || link ? 1 : 0);
      ops.push({ type: "meeting.cancel", meetingId }, { ...add, type: "meeting.update", baseVersion });
    }
    return ops;
  },
};

/** Marks the exported ids of cancelled meetings in the IdMap, so their agenda items stay behind. */
const CANCELLED_MEETING = "cancelledMeeting";

/** A meeting's agenda items (AGENDA-1), after the meetings, in their order among its talks. */
const agendaItems: RecordImporter = {
  type: "agendaItem",
  ops(item, ids) {
    if (ids.known(CANCELLED_MEETING, field(item, "meetingId"))) return [];
    return [
      {
        type: "agendaItem.add",
        itemId: ids.of("agendaItem", item.id),
        meetingId: ids.known("meeting", field(item, "meetingId")),
        rank: field(item, "rank"),
        kind: field(item, "kind"),
        title: field(item, "title"),
        minutes: field(item, "minutes"),
      },
    ];
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
 * What an import brings back, in this order (a card needs its column, a meeting its theme card, an
 * agenda item its meeting).
 * Registrations, impulse offers, business cards and calendar feeds are people's own and stay
 * behind (TPL-2), as does any type without an importer.
 */
export const RECORD_IMPORTERS: readonly RecordImporter[] = [columns, cards, meetings, agendaItems, wallSettings];
