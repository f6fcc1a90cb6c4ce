import { putWrite, type RecordWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import type { Meeting } from "../meetings";

/**
 * A meeting's calendar shows its agenda: a change to it raises the sequence (not the version), and
 * the time of the change with it, which the calendar gives as DTSTAMP and LAST-MODIFIED (EXP-4).
 */
export function agendaChanged(view: RecordView, meetingId: string | null, now: number): RecordWrite[] {
  const meeting = meetingId ? view.get<Meeting>("meeting", meetingId) : undefined;
  return meeting ? [putWrite({ ...meeting, sequence: meeting.sequence + 1, updatedAt: now })] : [];
}
