import type { BaseRecord, RecordWrite } from "./records";
import { removeWrite } from "./records";
import type { RecordView } from "./recordView";

/**
 * What a record type holds about people, why, and how an author's records of it go when they erase
 * their data (DATA-2). Every record type declares one (`personal` on its DeclaredRecordType); the
 * erase op (shared/features/privacy) and the privacy page (LEGAL-3) are made from these, and
 * test/shared/personalData.test.ts fails for a type without one.
 */

/** Kinds of personal data, each with its words on the privacy page (client/features/privacy/messages.ts). */
export type PersonalDatum =
  | "name"
  | "email"
  | "phone"
  | "website"
  | "profile"
  | "text"
  | "registration"
  | "talkOffer"
  | "vote"
  | "like"
  | "membership"
  | "consent"
  | "secretHash"
  | "addressHash";

/** Why records of a type are kept, each with its words on the privacy page. */
export type Purpose = "topics" | "meetings" | "talks" | "networking" | "groups" | "voting" | "calendar" | "moderation";

/**
 * The writes that erase `own`, an author's records of one type, from `view`: each a remove (the
 * erase op marks every one `forget`, NET-6) plus what follows from it (a place given to the next
 * person waiting, a tally without the dots). Runs on the records as the earlier types left them.
 */
export type EraseAuthored<R extends BaseRecord = BaseRecord> = (
  view: RecordView,
  own: readonly R[],
  now: number,
) => RecordWrite[];

export interface PersonalData {
  /** What a record holds about a person; empty: nothing (a column, a count). */
  holds: readonly PersonalDatum[];
  /** Why it is kept (null when it holds nothing). */
  purpose: Purpose | null;
  /**
   * Who writes it: `participants` (each their own; their erase removes it) or `moderators` (stays
   * when a participant erases their data: anything moderators wrote stays).
   */
  writtenBy: "participants" | "moderators";
  /** How an author's records go beyond being removed; left out, each is removed and nothing follows. */
  erase?: EraseAuthored;
}

/** Each of an author's records removed, nothing else (a calendar feed, a membership). */
export const removeEach: EraseAuthored = (_view, own) => own.map(removeWrite);

/** A record type written by moderators that holds nothing about anyone (a column, a round, a count). */
export const NO_PERSONAL_DATA: PersonalData = { holds: [], purpose: null, writtenBy: "moderators" };

/** A record type moderators write that names people (conveners' names): on the privacy page; no erase touches it. */
export function byModerators(holds: readonly PersonalDatum[], purpose: Purpose): PersonalData {
  return { holds, purpose, writtenBy: "moderators" };
}

/** A participant's own records of a type, `erase` typed by its record (one cast, here). */
export function authoredBy<R extends BaseRecord>(
  holds: readonly PersonalDatum[],
  purpose: Purpose,
  erase?: EraseAuthored<R>,
): PersonalData {
  return { holds, purpose, writtenBy: "participants", ...(erase ? { erase: erase as unknown as EraseAuthored } : {}) };
}
