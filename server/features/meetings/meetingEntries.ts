import { isAuthorOf } from "../../../shared/core/authorTags";
import { recordMapOf } from "../../../shared/core/recordState";
import type { BaseRecord } from "../../../shared/core/records";
import { viewOf } from "../../../shared/core/recordView";
import { programmeOf } from "../../../shared/features/impulses";
import type { Meeting, Registration } from "../../../shared/features/meetings";
import type { BoardSnapshot } from "../../../shared/model";
import type { CalendarEntry } from "./calendar";

const isMeeting = (record: BaseRecord): record is Meeting => record.type === "meeting";
const isRegistration = (record: BaseRecord): record is Registration => record.type === "registration";

/**
 * The meetings of a snapshot for the calendar. With `personFor`, the online link of each meeting
 * where that person has a place, read from their own registration (MEET-2); never from the meeting.
 */
export function entriesOf(snapshot: BoardSnapshot, personFor?: string): CalendarEntry[] {
  const links = new Map<string, string>();
  if (personFor) {
    for (const record of snapshot.records) {
      if (!isRegistration(record) || !isAuthorOf(record, personFor)) continue;
      if (record.status === "registered" && record.onlineLink) links.set(record.meetingId, record.onlineLink);
    }
  }
  // The agenda as this snapshot holds it: scheduled and held talks are on every viewer's board (IMP-4).
  const view = viewOf(recordMapOf(snapshot.records));
  return snapshot.records.filter(isMeeting).map((meeting) => {
    // MEET-9: a cancelled meeting shows that it is off and nothing more, whatever older records hold.
    if (meeting.status === "cancelled") return { meeting, onlineLink: null, agenda: [] };
    return {
      meeting,
      onlineLink: links.get(meeting.id) ?? null,
      // AGENDA-3: the welcome, breaks and closing round between the talks, each at its time.
      agenda: programmeOf(view, meeting).map((entry) =>
        entry.kind === "talk"
          ? { start: entry.start, title: entry.impulse.title, presenter: entry.impulse.presenterName }
          : { start: entry.start, title: entry.item.title, presenter: "" },
      ),
    };
  });
}
