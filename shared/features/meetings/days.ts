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

let berlinClocks: Intl.DateTimeFormat | null = null;

/** The wall time in Europe/Berlin as YYYY-MM-DD and HH:MM, comparable with a meeting's date and times. */
export function berlinNow(now: number = Date.now()): { date: string; time: string } {
  berlinClocks ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: MEETING_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const parts = berlinClocks.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: berlinToday(now), time: `${part("hour")}:${part("minute")}` };
}

const reached = (date: string, time: string, now: number) => {
  const wall = berlinNow(now);
  return wall.date > date || (wall.date === date && wall.time >= time);
};

/** MEET-11: the meeting has started (its day and start time have come in Berlin); talks may be held. */
export const meetingHasBegun = (meeting: Meeting, now: number) => reached(meeting.date, meeting.startTime, now);

/** MEET-11: the meeting has ended; there is nothing left to cancel. */
export const meetingIsOver = (meeting: Meeting, now: number) => reached(meeting.date, meeting.endTime, now);
