import { authoredBy, removeEach } from "../../core/personalData";
import { type RecordWrite, removeWrite } from "../../core/records";
import type { Meeting, Registration } from "./records";
import { registrationsOf, seatWrites } from "./seats";

/**
 * DATA-2: a person's registrations go as a cancellation does (registration.cancel): each meeting
 * gives its places out again, so the first person waiting moves up (MAIL-2 tells them).
 */
export const registrationPersonalData = authoredBy<Registration>(
  ["name", "email", "registration", "addressHash"],
  "meetings",
  (view, own, now) => {
    const writes: RecordWrite[] = own.map(removeWrite);
    const leaving = new Set(own.map((registration) => registration.id));
    for (const meetingId of new Set(own.map((registration) => registration.meetingId))) {
      const meeting = view.get<Meeting>("meeting", meetingId);
      if (!meeting) continue;
      const others = registrationsOf(view, meetingId).filter((registration) => !leaving.has(registration.id));
      writes.push(...seatWrites(view, meeting, now, others));
    }
    return writes;
  },
);

export const calendarFeedPersonalData = authoredBy(["secretHash"], "calendar", removeEach);
