import { sha256 } from "@noble/hashes/sha2.js";
import type { Access, BaseRecord, RecordKey } from "./records";
import type { RecordView } from "./recordView";

/**
 * ANON-1: what leaves the server never carries a record's real author id, only a tag made from it
 * and the record's type and id. Two records of one author get unrelated tags, so nobody can link an
 * anonymous card to its author's business card; the author's browser, which knows its own id (the
 * join answer), computes the tag to recognise its own records. Inside the server (store, rules,
 * audiences) records keep the real id.
 *
 * A tag starts with "~", which no author id does (they are base64url), so a comparison against a real
 * id (the server's records, the browser's own predictions) never needs a hash.
 */
const TAG_MARK = "~";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const TAG_CHARS = 12;
const encoder = new TextEncoder();

/**
 * The tag `authorId` shows as on the record `key`: 72 bits of SHA-256, base64url. Enough that a browser
 * never takes another's record for its own; every tag is random to the compressor, so a 5,000-card
 * snapshot pays about 45 KB on the wire for them (22 characters would cost 80 KB).
 */
export function authorTagOf(authorId: string, key: RecordKey): string {
  const digest = sha256(encoder.encode(`${authorId}:${key.type}:${key.id}`));
  let tag = TAG_MARK;
  for (let index = 0; index < TAG_CHARS; index++) tag += ALPHABET[digest[index] & 63];
  return tag;
}

const isTag = (authorId: string) => authorId.startsWith(TAG_MARK);

/** Tags are worked out once per record object (a record is replaced, never changed, when it changes). */
const tagOfRecord = new WeakMap<BaseRecord, string>();
/** The tagged copy of a record that is shown whole, shared by every viewer who gets it unredacted. */
const taggedCopies = new WeakMap<BaseRecord, BaseRecord>();

function cachedTag(stored: BaseRecord & { authorId: string }): string {
  let tag = tagOfRecord.get(stored);
  if (tag === undefined) {
    tag = authorTagOf(stored.authorId, stored);
    tagOfRecord.set(stored, tag);
  }
  return tag;
}

/**
 * `shown` (the stored record as redacted for a viewer, or the stored record itself) with its author
 * id replaced by its tag. A record without an author, or one already tagged, stays as it is.
 */
export function withAuthorTag<R extends BaseRecord>(stored: R, shown: R = stored): R {
  if (shown.authorId === null || isTag(shown.authorId) || stored.authorId === null) return shown;
  if (shown !== stored) return { ...shown, authorId: cachedTag(stored as BaseRecord & { authorId: string }) };
  let copy = taggedCopies.get(stored);
  if (!copy) {
    copy = { ...stored, authorId: cachedTag(stored as BaseRecord & { authorId: string }) };
    taggedCopies.set(stored, copy);
  }
  return copy as R;
}

/** The access a removed or narrowed record had, as it may leave the server: with its tag. */
export function accessWithAuthorTag(access: Access, key: RecordKey): Access {
  if (access.authorId === null || isTag(access.authorId)) return access;
  return { audience: access.audience, authorId: authorTagOf(access.authorId, key) };
}

type Authored = Pick<BaseRecord, "type" | "id" | "authorId">;

/** The last answer per record object, for the one author id a browser asks about. */
const answers = new WeakMap<Authored, { authorId: string; mine: boolean }>();

/**
 * Whether `authorId` wrote `record`: the real id (inside the server, and the browser's predictions of
 * its own ops) or its tag (records the browser received). Every comparison of a record's author with
 * someone goes through here.
 */
export function isAuthorOf(record: Authored, authorId: string | null | undefined): boolean {
  if (!authorId || record.authorId === null) return false;
  if (record.authorId === authorId) return true;
  if (!isTag(record.authorId)) return false;
  const known = answers.get(record);
  if (known?.authorId === authorId) return known.mine;
  const mine = authorTagOf(authorId, record) === record.authorId;
  answers.set(record, { authorId, mine });
  return mine;
}

/** The records of `type` that `authorId` wrote, whether the view holds real ids or tags. */
export function recordsOfAuthor<R extends BaseRecord>(view: RecordView, type: R["type"], authorId: string): R[] {
  const direct = view.where<R>(type, "authorId", authorId);
  const tagged = view
    .list<R>(type)
    .filter((record) => record.authorId !== null && isTag(record.authorId) && isAuthorOf(record, authorId));
  return tagged.length === 0 ? [...direct] : [...direct, ...tagged];
}
