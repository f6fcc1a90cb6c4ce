import type { Meeting } from "./records";

/**
 * Where meetings fall in time. Dates are wall-clock days in
 * Europe/Berlin (MEET-1), so "today" is Berlin's today wherever the browser is.
 */
export const MEETING_TIME_ZONE = "Europe/Berlin";

let berlinDays: Intl.DateTimeFormat | null = null;

/** Today's date in Europe/Berlin as YYYY-MM-DD. */
export function berlinToday(now: number = Date.now()): string {
  berlinDays ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: MEETING_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const parts = berlinDays.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

const byTime = (a: Meeting, b: Meeting) =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id);

/** Upcoming meetings (today or later), soonest first; past ones, the latest first. */
export function splitMeetings(meetings: readonly Meeting[], today: string) {
  const upcoming = meetings.filter((meeting) => meeting.date >= today).sort(byTime);
  const past = meetings.filter((meeting) => meeting.date < today).sort((a, b) => byTime(b, a));
  return { upcoming, past };
}
