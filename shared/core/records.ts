/**
 * The board as a set of typed records (docs/ARCHITECTURE.md, "The record model"). A record is flat:
 * the fields every record has, plus its type's own fields. Storage, sync and visibility handle every
 * record alike; only a type's rules know what its fields mean.
 */

/**
 * Who may read a record: everyone on the board, moderators only, its author and moderators, or its
 * author alone (`authorOnly`: not the moderators either, VIS-9; an anonymous round's ballot, a like).
 * A type may narrow single fields further (see RecordTypeDefinition.redact).
 */
export type Audience = "board" | "moderators" | "author" | "authorOnly";

/** What visibility is decided on: the audience and, for "author", whose record it is. */
export interface Access {
  audience: Audience;
  authorId: string | null;
  /**
   * Server only, in a write's `was`: where a by-column record sat before it moved or went
   * (shared/core/linkScope.ts, LINK-2). Never sent.
   */
  place?: string;
}

export interface BaseRecord extends Access {
  type: string;
  id: string;
  /** Content version: bumped by every edit, checked against an edit's baseVersion. */
  version: number;
}

export interface RecordKey {
  type: string;
  id: string;
}

/**
 * One write of a committed change. `was` is the access a record had before, when it differs or the
 * record is removed, so the server can tell who saw it and must now see it go.
 */
export type RecordWrite = { put: BaseRecord; was?: Access } | RemoveWrite;

/**
 * A record that goes. With `forget`, the store also erases the record's content from the changes it
 * logged before (a business card deleted by its author, NET-6): earlier puts of it leave the op log,
 * in the same transaction. Revisions stay; a change that held only that put is kept with no writes.
 */
export interface RemoveWrite {
  remove: RecordKey;
  was: Access;
  forget?: true;
}

export function accessOf(record: Access): Access {
  return { audience: record.audience, authorId: record.authorId };
}

export function sameAccess(a: Access, b: Access): boolean {
  return a.audience === b.audience && a.authorId === b.authorId;
}

/** The write that stores `next`, remembering the access `before` had if it changes. */
export function putWrite<R extends BaseRecord>(next: R, before?: Access): RecordWrite {
  return before && !sameAccess(before, next) ? { put: next, was: accessOf(before) } : { put: next };
}

export function removeWrite(record: BaseRecord): RecordWrite {
  return { remove: { type: record.type, id: record.id }, was: accessOf(record) };
}
