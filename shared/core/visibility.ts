import type { Role } from "../model";
import { accessWithAuthorTag, withAuthorTag } from "./authorTags";
import type { Access, BaseRecord, RecordWrite } from "./records";

/** Who receives a snapshot, a catch-up or a frame. */
export interface Viewer {
  role: Role;
  authorId: string | null;
}

/** Narrows a record's fields for a viewer who may read the record (contact data for moderators only). */
export type Redact = (record: BaseRecord, viewer: Viewer) => BaseRecord;

export const noRedaction: Redact = (record) => record;

export function mayRead(access: Access, viewer: Viewer): boolean {
  // VIS-9: a record for its author alone reaches no moderator but one who wrote it.
  if (access.audience === "authorOnly") return access.authorId !== null && access.authorId === viewer.authorId;
  if (viewer.role === "moderator") return true;
  switch (access.audience) {
    case "board":
      return true;
    case "moderators":
      return false;
    case "author":
      return access.authorId !== null && access.authorId === viewer.authorId;
  }
}

/**
 * The writes of a change as one viewer may receive them: a record they may read arrives (redacted);
 * one they could read and no longer may, or that was removed, goes; anything else never reaches them.
 * An empty result still advances the viewer's revision, so their history stays contiguous. Author ids
 * leave as per-record tags (ANON-1), in `was` too.
 */
export function writesFor(writes: readonly RecordWrite[], viewer: Viewer, redact: Redact): RecordWrite[] {
  const seen: RecordWrite[] = [];
  for (const write of writes) {
    if ("remove" in write) {
      if (mayRead(write.was, viewer)) seen.push({ ...write, was: accessWithAuthorTag(write.was, write.remove) });
      continue;
    }
    if (mayRead(write.put, viewer)) {
      seen.push({ put: withAuthorTag(write.put, redact(write.put, viewer)) });
    } else if (write.was && mayRead(write.was, viewer)) {
      const key = { type: write.put.type, id: write.put.id };
      seen.push({ remove: key, was: accessWithAuthorTag(write.was, key) });
    }
  }
  return seen;
}

/** The records of a snapshot one viewer may read, redacted for them, author ids as tags (ANON-1). */
export function recordsFor(records: Iterable<BaseRecord>, viewer: Viewer, redact: Redact): BaseRecord[] {
  const seen: BaseRecord[] = [];
  for (const record of records) if (mayRead(record, viewer)) seen.push(withAuthorTag(record, redact(record, viewer)));
  return seen;
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

/** The viewer an audience name stands for (see audiencesOf). */
export function viewerOfAudience(audience: string): Viewer {
  if (audience === "moderators") return { role: "moderator", authorId: null };
  if (audience.startsWith("moderator-author:")) {
    return { role: "moderator", authorId: audience.slice("moderator-author:".length) };
  }
  if (audience.startsWith("author:")) return { role: "participant", authorId: audience.slice("author:".length) };
  return { role: "participant", authorId: null };
}
