import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { escape as escapeText, ICalEventStatus } from "ical-generator";
import type { Meeting } from "../../../shared/features/meetings";
import { MEETING_TIME_ZONE } from "../../../shared/features/meetings/days";
import { cleanTextLines } from "../../../shared/plainText";
import { wallClockTime } from "./wallClock";

/** Meetings are written in this zone's wall-clock time (MEET-1), and calendars say so (MEET-7). */

/** One impulse talk of a meeting's programme, as the calendar shows it. */
export interface AgendaItem {
  /** HH:MM, Europe/Berlin, the meeting's day. */
  start: string;
  title: string;
  /** Who gives it; may be empty. */
  presenter: string;
}

export interface CalendarEntry {
  /** The meeting as the calendar's reader may see it. Its own `onlineLink` is never read here. */
  meeting: Meeting;
  /**
   * The online link for this calendar's reader: set only by a personal feed, for a meeting where its
   * person has a place (MEET-2, MEET-8). Everything else leaves it out.
   */
  onlineLink?: string | null;
  /** The impulse talks, when known; none are shown otherwise. */
  agenda?: readonly AgendaItem[];
}

export type CalendarLanguage = "de" | "en";

export interface CalendarOptions {
  boardId: string;
  boardTitle: string;
  /**
   * The participant link of the board: in every event's description and URL. None for a public
   * calendar without PUBLIC_URL: a shared cache must not keep a link taken from one request's Host.
   */
  boardUrl?: string;
  language?: CalendarLanguage;
  /** Feeds: how often a calendar app should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number;
}

const LABELS = {
  de: { agenda: "Programm", online: "Online dabei", board: "Pinnwand", cancelled: "Abgesagt" },
  en: { agenda: "Programme", online: "Join online", board: "Board", cancelled: "Cancelled" },
} as const satisfies Record<CalendarLanguage, Record<string, string>>;

/**
 * The UID of a meeting's event: the same for every calendar that shows it (public feed, its own
 * file, personal feeds) and for its whole life, whatever host the calendar was fetched from, so an
 * app updates the event instead of adding another. Ids hold no dots, so the two parts never blur.
 */
export function meetingUid(boardId: string, meetingId: string): string {
  return `${meetingId}.${boardId}@themenwand`;
}

/** Wall-clock order: date, start, then id, so the text is the same every time (ETags hold). */
function byTime(a: CalendarEntry, b: CalendarEntry): number {
  const key = (entry: CalendarEntry) => `${entry.meeting.date} ${entry.meeting.startTime} ${entry.meeting.id}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function descriptionOf(
  entry: CalendarEntry,
  boardUrl: string | undefined,
  labels: (typeof LABELS)[CalendarLanguage],
): string {
  const parts: string[] = [];
  if (entry.meeting.description) parts.push(entry.meeting.description);
  const agenda = [...(entry.agenda ?? [])].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (agenda.length > 0) {
    const lines = agenda.map((item) => `${item.start} ${item.title}${item.presenter ? ` (${item.presenter})` : ""}`);
    parts.push(`${labels.agenda}:\n${lines.join("\n")}`);
  }
  if (entry.onlineLink) parts.push(`${labels.online}: ${entry.onlineLink}`);
  if (boardUrl) parts.push(`${labels.board}: ${boardUrl}`);
  return parts.join("\n\n");
}

/**
 * Meetings as iCalendar text (RFC 5545, MEET-7): one VEVENT per meeting with its stable UID, DTSTAMP
 * and LAST-MODIFIED in UTC (the meeting's last change, so the text only changes when a meeting did),
 * start and end as Europe/Berlin wall time with `TZID` and the VTIMEZONE for it, SEQUENCE, STATUS,
 * the theme, place, description with agenda and the board's link. UTF-8, CRLF, folded at 75 octets.
 */
export function buildCalendar(options: CalendarOptions, entries: readonly CalendarEntry[]): string {
  const language = options.language ?? "de";
  const labels = LABELS[language];
  const calendar = ical({
    prodId: { company: "Themenwand", product: "Themenwand", language: language.toUpperCase() },
    // ical-generator writes the name as it is; it is TEXT, so commas, semicolons and newlines need escaping.
    name: escapeText(cleanTextLines(options.boardTitle), false),
    ttl: options.refreshSeconds ?? null,
    // A generator but no calendar-wide zone: the VTIMEZONE is made for the zone the events name, and
    // DTSTAMP and LAST-MODIFIED stay in UTC (a calendar-wide zone would print them as local time).
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.x("X-WR-TIMEZONE", MEETING_TIME_ZONE);
  for (const entry of [...entries].sort(byTime)) {
    const { meeting } = entry;
    const cancelled = meeting.status === "cancelled";
    calendar.createEvent({
      id: meetingUid(options.boardId, meeting.id),
      sequence: meeting.sequence,
      stamp: new Date(meeting.updatedAt),
      lastModified: new Date(meeting.updatedAt),
      created: new Date(meeting.createdAt),
      timezone: MEETING_TIME_ZONE,
      start: wallClockTime(meeting.date, meeting.startTime),
      end: wallClockTime(meeting.date, meeting.endTime),
      // Apps that ignore STATUS (many do for subscriptions) still show that it is off.
      // ical-generator escapes TEXT but keeps control characters, which RFC 5545 forbids (EXP-3).
      summary: cleanTextLines(cancelled ? `${labels.cancelled}: ${meeting.theme}` : meeting.theme),
      location: cleanTextLines(meeting.place || entry.onlineLink || "") || null,
      description: cleanTextLines(descriptionOf(entry, options.boardUrl, labels)),
      url: options.boardUrl ?? null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  let text = calendar.toString();
  if (entries.length === 0) {
    // A VCALENDAR needs at least one component: a board without meetings still names its zone.
    const zone = (getVtimezoneComponent(MEETING_TIME_ZONE) ?? "").replace(/\r?\n/g, "\r\n").trim();
    text = text.replace(/END:VCALENDAR$/, `${zone}\r\nEND:VCALENDAR`);
  }
  // Every content line ends in CRLF, the last one too.
  return `${text}\r\n`;
}
