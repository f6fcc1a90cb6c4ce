import type { BaseRecord } from "../../core/records";

/**
 * Where an offer stands. offered → accepted or declined, or withdrawn by the presenter;
 * accepted → scheduled on a meeting (in agenda order) → held; a scheduled impulse can be cancelled.
 */
export type ImpulseStatus = "offered" | "accepted" | "declined" | "withdrawn" | "scheduled" | "held" | "cancelled";

/**
 * An impulse talk someone offers to give at a meeting ("I would like to present"). The presenter and
 * the moderators read it while it is being decided; once scheduled it is on the meeting's public
 * agenda, but the contact email and the notes between presenter and moderators stay theirs (VIS-2).
 */
export interface Impulse extends BaseRecord {
  type: "impulse";
  authorId: string;
  title: string;
  abstract: string;
  presenterName: string;
  organisation: string;
  minutes: number;
  /** The meeting the presenter would like; null: any. */
  preferredMeetingId: string | null;
  contactEmail: string;
  noteToModerators: string;
  status: ImpulseStatus;
  /** The moderators' answer (why declined, what to prepare). */
  responseNote: string;
  /** Where it is scheduled (and held); null before. */
  meetingId: string | null;
  /** Its place in the meeting's agenda; null when not on one. */
  rank: string | null;
  createdAt: number;
  updatedAt: number;
}

/** The statuses in which an impulse is on its meeting's public agenda. */
export const ON_AGENDA: ReadonlySet<ImpulseStatus> = new Set(["scheduled", "held"]);

/** Offers that still hold a place on the board (FAIR-2): not declined, withdrawn or cancelled. */
export const LIVE: ReadonlySet<ImpulseStatus> = new Set(["offered", "accepted", "scheduled", "held"]);

/** Offers still being decided or waiting for a meeting: what counts against an author's share (FAIR-1). */
export const OPEN: ReadonlySet<ImpulseStatus> = new Set(["offered", "accepted"]);

/** What an agenda item is for; the view offers a title for each, which the moderator may change. */
export type AgendaItemKind = "welcome" | "break" | "closing" | "other";

/**
 * A part of a meeting's programme that is no talk (AGENDA-1): a welcome, a break, a closing round,
 * with its own minutes, in rank order among the meeting's talks (one rank space for both). Everyone on
 * the board reads it; moderators alone make and change it.
 */
export interface AgendaItem extends BaseRecord {
  type: "agendaItem";
  audience: "board";
  authorId: null;
  meetingId: string;
  kind: AgendaItemKind;
  title: string;
  minutes: number;
  rank: string;
  createdAt: number;
  updatedAt: number;
}
