import type { BaseRecord } from "../../core/records";

/** Whether people may register now, soon, or no longer. */
export type RegistrationState = "open" | "soon" | "closed";

/**
 * One meeting of a board's regular meetup (the Stammtisch). Date and times are wall-clock time in
 * Europe/Berlin, as people write them: "2027-01-24", "18:00". Everyone on the board reads it, but the
 * online link reaches moderators only (VIS-2); registered people get it on their own registration.
 */
export interface Meeting extends BaseRecord {
  type: "meeting";
  audience: "board";
  authorId: null;
  theme: string;
  description: string;
  /** YYYY-MM-DD in Europe/Berlin. */
  date: string;
  /** HH:MM in Europe/Berlin; the meeting ends the same day. */
  startTime: string;
  endTime: string;
  /** Where it takes place (an address, a room); empty when it is online only. */
  place: string;
  onlineLink: string | null;
  /** How many impulse talks it has room for. */
  slots: number;
  registration: RegistrationState;
  /** Places for people; beyond them a waiting list. Null: no limit. */
  capacity: number | null;
  status: "planned" | "cancelled";
  /** A topic card of the board chosen as this meeting's theme. */
  themeCardId: string | null;
  /** What moderators add after the meeting: a text and/or a link. */
  documentation: { text: string; link: string | null };
  /** Public counts. Changing them is not an edit: `version` stays, so no moderator's edit conflicts. */
  registered: number;
  waiting: number;
  /** The calendar SEQUENCE (RFC 5545): raised with every change a calendar shows. */
  sequence: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * One person's registration for a meeting. No account: a name and an email, tied to the browser's
 * author id. Only that person and the moderators read it (audience "author").
 */
export interface Registration extends BaseRecord {
  type: "registration";
  audience: "author";
  authorId: string;
  meetingId: string;
  name: string;
  email: string;
  status: "registered" | "waiting";
  /** The meeting's online link while the person has a place; null on the waiting list. */
  onlineLink: string | null;
  /**
   * The place on the waiting list, 1 = next to get a place; null with a place. Kept up to date for
   * every registration whose place changes. Missing on registrations stored before it existed
   * (unknown until the meeting's places are next given out).
   */
  position?: number | null;
  /** When the registration got its place (MAIL-1, MAIL-2); missing on those stored before it existed. */
  placedAt?: number;
  /**
   * Server only (stripped for every viewer): a per-board hash of the address it came from, to cap
   * registrations per meeting and address (FAIR-4). Missing on older registrations and predictions.
   */
  addressBucket?: string;
  createdAt: number;
}

/**
 * A person's own calendar feed (MEET-8): the feed URL carries a secret that only its browser knows;
 * the record keeps the SHA-256 of it (hex), never the secret. Only its author and the moderators read
 * it (audience "author"). The feed shows the board's meetings as this author sees them, so the online
 * link of each meeting where they have a place, which their registrations carry.
 */
export interface CalendarFeed extends BaseRecord {
  type: "calendarFeed";
  audience: "author";
  authorId: string;
  /** SHA-256 of the feed's secret, 64 lowercase hex digits. */
  secretHash: string;
  createdAt: number;
}
