import type { RecordView } from "../../core/recordView";
import { compareRanked } from "../../ordering";
import type { Meeting } from "../meetings";
import { type AgendaItem, type Impulse, ON_AGENDA } from "./records";

type RankedImpulse = Impulse & { rank: string };

/** A talk on a meeting's agenda, with the time it starts (Europe/Berlin wall time, HH:MM). */
export interface AgendaTalk {
  impulse: RankedImpulse;
  start: string;
}

/** One entry of a meeting's programme in order: a talk or an item (welcome, break, closing round). */
export type ProgrammeEntry =
  | { kind: "talk"; id: string; rank: string; minutes: number; start: string; end: string; impulse: RankedImpulse }
  | { kind: "item"; id: string; rank: string; minutes: number; start: string; end: string; item: AgendaItem };

/** The impulses scheduled (or held) at a meeting, in agenda order. */
export function agendaImpulses(view: RecordView, meetingId: string): RankedImpulse[] {
  return view
    .where<Impulse>("impulse", "meetingId", meetingId)
    .filter((impulse): impulse is RankedImpulse => ON_AGENDA.has(impulse.status) && impulse.rank !== null);
}

/** The agenda items of a meeting (AGENDA-1), in no particular order. */
export const agendaItemsOf = (view: RecordView, meetingId: string): readonly AgendaItem[] =>
  view.where<AgendaItem>("agendaItem", "meetingId", meetingId);

/**
 * What shares a meeting's rank space: its talks and its items. A cancelled meeting's items are off
 * its programme (MEET-9: nothing of it takes place); its held talks stay.
 */
export function agendaEntriesOf(view: RecordView, meeting: Meeting): (RankedImpulse | AgendaItem)[] {
  const items = meeting.status === "cancelled" ? [] : agendaItemsOf(view, meeting.id);
  return [...agendaImpulses(view, meeting.id), ...items].sort(compareRanked);
}

/**
 * AGENDA-2: the programme in order, each entry starting when the one before it ends, the first at
 * the meeting's start. Times past midnight wrap (a meeting ends the same day, MEET-1).
 */
export function programmeOf(view: RecordView, meeting: Meeting): ProgrammeEntry[] {
  let minutes = minutesOf(meeting.startTime);
  return agendaEntriesOf(view, meeting).map((entry) => {
    const start = clockOf(minutes);
    minutes += entry.minutes;
    const timing = { id: entry.id, rank: entry.rank, minutes: entry.minutes, start, end: clockOf(minutes) };
    return entry.type === "impulse"
      ? { kind: "talk", ...timing, impulse: entry }
      : { kind: "item", ...timing, item: entry };
  });
}

/** The talks of the programme with their starts (IMP-3): after the items before them (AGENDA-2). */
export function agendaOf(view: RecordView, meeting: Meeting): AgendaTalk[] {
  return programmeOf(view, meeting).flatMap((entry) =>
    entry.kind === "talk" ? [{ impulse: entry.impulse, start: entry.start }] : [],
  );
}

/** How many more impulses the meeting has room for ("impulses still wanted"). */
export function openSlots(view: RecordView, meeting: Meeting): number {
  return Math.max(0, meeting.slots - agendaImpulses(view, meeting.id).length);
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
