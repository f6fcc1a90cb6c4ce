import type { RecordView } from "../../core/recordView";
import type { Meeting } from "../meetings";
import { type Impulse, ON_AGENDA } from "./records";

/** An impulse on a meeting's agenda, with the time it starts (Europe/Berlin wall time, HH:MM). */
export interface AgendaItem {
  impulse: Impulse & { rank: string };
  start: string;
}

/** The impulses scheduled (or held) at a meeting, in agenda order. */
export function agendaImpulses(view: RecordView, meetingId: string): (Impulse & { rank: string })[] {
  return view
    .where<Impulse>("impulse", "meetingId", meetingId)
    .filter((impulse): impulse is Impulse & { rank: string } => ON_AGENDA.has(impulse.status) && impulse.rank !== null);
}

/** The agenda: each talk starts when the one before it ends, the first when the meeting starts. */
export function agendaOf(view: RecordView, meeting: Meeting): AgendaItem[] {
  let minutes = minutesOf(meeting.startTime);
  return agendaImpulses(view, meeting.id).map((impulse) => {
    const start = clockOf(minutes);
    minutes += impulse.minutes;
    return { impulse, start };
  });
}

/** How many more impulses the meeting has room for ("impulses still wanted"). */
export function openSlots(view: RecordView, meeting: Meeting): number {
  return Math.max(0, meeting.slots - agendaImpulses(view, meeting.id).length);
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
