import type { Role } from "../model";
import { accessWithAuthorTag, isAuthorOf, withAuthorTag } from "./authorTags";
import { type LinkReadingOf, type LinkScope, linkHolderReads, placeOf } from "./linkScope";
import type { Access, BaseRecord, RecordKey, RecordWrite } from "./records";
import type { RecordView } from "./recordView";

/** Who receives a snapshot, a catch-up or a frame. */
export interface Viewer {
  role: Role;
  authorId: string | null;
  /** A special link's holder (LINK-1): a participant who reads only what the link opens. */
  scope?: LinkScope;
}

/** Narrows a record's fields for a viewer who may read the record (contact data for moderators only). */
export type Redact = (record: BaseRecord, viewer: Viewer) => BaseRecord;

export const noRedaction: Redact = (record) => record;

/** Whether an audience admits a viewer of this role, who did (`own`) or did not write the record. */
function admits(audience: Access["audience"], role: Role, own: boolean): boolean {
  // VIS-9: a record for its author alone reaches no moderator but one who wrote it.
  if (audience === "authorOnly") return own;
  if (role === "moderator") return true;
  switch (audience) {
    case "board":
      return true;
    case "moderators":
      return false;
    case "author":
      return own;
  }
}

export function mayRead(access: Access, viewer: Viewer): boolean {
  return admits(access.audience, viewer.role, access.authorId !== null && access.authorId === viewer.authorId);
}

/**
 * The record an op names, as its sender may reach it: none when it does not exist or when its
 * audience does not admit them, so a rule answers both alike and its answer never tells that the
 * record exists (MOD-8). Their own records are known by real id (server) or tag (the browser's
 * predictions). A link holder's scope is not checked here: their ops are checked before the rule.
 */
export function readableRecord<R extends BaseRecord>(
  view: RecordView,
  type: R["type"],
  id: string,
  viewer: Viewer,
): R | undefined {
  const record = view.get<R>(type, id);
  return record && admits(record.audience, viewer.role, isAuthorOf(record, viewer.authorId)) ? record : undefined;
}

const noLinkReading: LinkReadingOf = () => undefined;

/**
 * Whether a viewer reads a record of this type, access and place: its audience first, then for a
 * link holder what their link opens (LINK-2; a type that declares no link reading is hidden).
 */
function reads(type: string, access: Access, place: string | undefined, viewer: Viewer, readingOf: LinkReadingOf) {
  if (!mayRead(access, viewer)) return false;
  return !viewer.scope || linkHolderReads(readingOf(type), access, place, viewer.scope, viewer.authorId);
}

const readsRecord = (record: BaseRecord, viewer: Viewer, readingOf: LinkReadingOf) =>
  reads(record.type, record, placeOf(record, readingOf(record.type)), viewer, readingOf);

/** A `was` as it leaves the server: its author as the record's tag, without the server's place. */
const shownAccess = (access: Access, key: RecordKey): Access =>
  accessWithAuthorTag({ audience: access.audience, authorId: access.authorId }, key);

/**
 * The writes of a change as one viewer may receive them: a record they may read arrives (redacted);
 * one they could read and no longer may, or that was removed, goes; anything else never reaches them.
 * An empty result still advances the viewer's revision, so their history stays contiguous. Author ids
 * leave as per-record tags (ANON-1), in `was` too. `readingOf` says what link holders read of each
 * type (none when left out).
 */
export function writesFor(
  writes: readonly RecordWrite[],
  viewer: Viewer,
  redact: Redact,
  readingOf: LinkReadingOf = noLinkReading,
): RecordWrite[] {
  const seen: RecordWrite[] = [];
  for (const write of writes) {
    if ("remove" in write) {
      const { remove, was } = write;
      const place = was.place;
      if (reads(remove.type, was, place, viewer, readingOf)) seen.push({ ...write, was: shownAccess(was, remove) });
      continue;
    }
    const { put, was } = write;
    if (readsRecord(put, viewer, readingOf)) {
      seen.push({ put: withAuthorTag(put, redact(put, viewer)) });
    } else if (was && reads(put.type, was, was.place ?? placeOf(put, readingOf(put.type)), viewer, readingOf)) {
      const key = { type: put.type, id: put.id };
      seen.push({ remove: key, was: shownAccess(was, key) });
    }
  }
  return seen;
}

/** The records of a snapshot one viewer may read, redacted for them, author ids as tags (ANON-1). */
export function recordsFor(
  records: Iterable<BaseRecord>,
  viewer: Viewer,
  redact: Redact,
  readingOf: LinkReadingOf = noLinkReading,
): BaseRecord[] {
  const seen: BaseRecord[] = [];
  for (const record of records) {
    if (readsRecord(record, viewer, readingOf)) seen.push(withAuthorTag(record, redact(record, viewer)));
  }
  return seen;
}

/** Whether a viewer may read one record (a conflict's copy), link holders' scope included. */
export function mayReadRecord(record: BaseRecord, viewer: Viewer, readingOf: LinkReadingOf = noLinkReading): boolean {
  return readsRecord(record, viewer, readingOf);
}

/** Audiences that reach one author and not every participant. */
export const isNarrow = (audience: Access["audience"]): boolean => audience === "author" || audience === "authorOnly";

/**
 * The distinct audiences a batch of writes must be encoded for: moderators, participants in general,
 * each author who may read more of it than other participants, and each author among the moderators
 * who may read more of it than other moderators (`hiddenFromModerators`: a field shown to nobody but
 * its author; a record for its author alone, VIS-9). Everyone else in a group gets the very same frame, so a frame is encoded once per
 * audience, not once per client.
 */
export function audiencesOf(
  writes: readonly RecordWrite[],
  authorSpecific: (record: BaseRecord) => boolean,
  hiddenFromModerators: (record: BaseRecord) => boolean = () => false,
): string[] {
  const authors = new Set<string>();
  const moderatorAuthors = new Set<string>();
  for (const write of writes) {
    const access = "remove" in write ? write.was : write.put;
    if (access.authorId === null) continue;
    const narrowed = isNarrow(access.audience) || ("put" in write && authorSpecific(write.put));
    const wasNarrow = write.was !== undefined && isNarrow(write.was.audience) && write.was.authorId !== null;
    if (narrowed) authors.add(access.authorId);
    if (wasNarrow && write.was?.authorId) authors.add(write.was.authorId);
    const hidden = access.audience === "authorOnly" || ("put" in write && hiddenFromModerators(write.put));
    if (hidden) moderatorAuthors.add(access.authorId);
  }
  return [
    "moderators",
    "participants",
    ...[...authors].map((id) => `author:${id}`),
    ...[...moderatorAuthors].map((id) => `moderator-author:${id}`),
  ];
}

/**
 * The audiences among link holders (LINK-3) a batch must be encoded for: every link holder alike
 * (`links`: what every link opens, the board's structure), each submitter whose by-column records
 * are in it, each small group's column they touch, and each author in such a group who may read
 * more of it than the rest of the group. Every link holder gets exactly one of these frames.
 */
export function linkAudiencesOf(
  writes: readonly RecordWrite[],
  authorSpecific: (record: BaseRecord) => boolean,
  readingOf: LinkReadingOf,
): string[] {
  const audiences = new Set<string>(["links"]);
  for (const write of writes) {
    const key = "remove" in write ? write.remove : write.put;
    const reading = readingOf(key.type);
    if (reading !== "byColumn") continue;
    const places = new Set<string>();
    if ("put" in write) {
      const place = placeOf(write.put, reading);
      if (place !== undefined) places.add(place);
    }
    if (write.was?.place !== undefined) places.add(write.was.place);
    const authors = new Set<string>();
    for (const access of ["put" in write ? write.put : undefined, write.was]) {
      if (access?.authorId) authors.add(access.authorId);
    }
    const narrow =
      isNarrow(("put" in write ? write.put : write.was).audience) ||
      (write.was !== undefined && isNarrow(write.was.audience)) ||
      ("put" in write && authorSpecific(write.put));
    for (const author of authors) audiences.add(`links-submission-author:${author}`);
    for (const place of places) {
      audiences.add(`links-group:${place}`);
      if (narrow) for (const author of authors) audiences.add(`links-group-author:${place}:${author}`);
    }
  }
  return [...audiences];
}

/** The viewer a link holders' audience stands for (see linkAudiencesOf). */
function viewerOfLinkAudience(audience: string): Viewer {
  const [kind, place, author] = audience.split(":");
  if (kind === "links-submission-author")
    return { role: "participant", authorId: place, scope: { kind: "submission" } };
  if (kind === "links-group") return { role: "participant", authorId: null, scope: { kind: "group", columnId: place } };
  if (kind === "links-group-author") {
    return { role: "participant", authorId: author, scope: { kind: "group", columnId: place } };
  }
  return { role: "participant", authorId: null, scope: { kind: "group", columnId: null } };
}

/** The viewer an audience name stands for (see audiencesOf and linkAudiencesOf). */
export function viewerOfAudience(audience: string): Viewer {
  if (audience.startsWith("links")) return viewerOfLinkAudience(audience);
  if (audience === "moderators") return { role: "moderator", authorId: null };
  if (audience.startsWith("moderator-author:")) {
    return { role: "moderator", authorId: audience.slice("moderator-author:".length) };
  }
  if (audience.startsWith("author:")) return { role: "participant", authorId: audience.slice("author:".length) };
  return { role: "participant", authorId: null };
}
