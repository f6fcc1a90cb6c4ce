import { putWrite, type RecordWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import type { Meeting, Registration } from "./records";

/** A meeting's registrations, first come first served (then by id, for a stable order). */
export function registrationsOf(view: RecordView, meetingId: string): Registration[] {
  return [...view.where<Registration>("registration", "meetingId", meetingId)].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Gives out the places of a meeting after a change (a registration came or went, the capacity or
 * the link changed): the first `capacity` registrations have a place and the link (none once the
 * meeting is cancelled), the rest wait. A registration given a place now records when (`placedAt`).
 * Nobody who has a place loses it when the capacity shrinks; later ones then wait until places are
 * free. Each waiting registration carries its place on the list (`position`, 1 = next), so its
 * person, who receives no one else's registration, reads it. Writes only what changed (a status,
 * a link, a position), and the meeting with its public counts.
 */
export function seatWrites(
  view: RecordView,
  meeting: Meeting,
  now: number,
  registrations = registrationsOf(view, meeting.id),
) {
  const writes: RecordWrite[] = [];
  const seated = registrations.filter((registration) => registration.status === "registered").length;
  let free = meeting.capacity === null ? Number.POSITIVE_INFINITY : meeting.capacity - seated;
  let registered = 0;
  let waiting = 0;
  for (const registration of registrations) {
    let status = registration.status;
    if (status === "waiting" && free > 0) {
      status = "registered";
      free--;
    }
    if (status === "registered") registered++;
    else waiting++;
    // A cancelled meeting's link stays the moderators' (MEET-9).
    const onlineLink = status === "registered" && meeting.status !== "cancelled" ? meeting.onlineLink : null;
    const position = status === "waiting" ? waiting : null;
    if (
      status !== registration.status ||
      onlineLink !== registration.onlineLink ||
      position !== registration.position
    ) {
      // When a place was given (MAIL-2 tells its person): a new link for those seated keeps theirs.
      const placedAt = status !== registration.status ? { placedAt: now } : {};
      writes.push(putWrite({ ...registration, status, onlineLink, position, ...placedAt }));
    }
  }
  writes.push(putWrite({ ...meeting, registered, waiting: registrations.length - registered }));
  return writes;
}
