import type { Access, BaseRecord, RecordWrite } from "./records";
import type { RecordView } from "./recordView";

/**
 * What a special link opens (LINK-1): a submission-only link posts without seeing others' posts; a
 * small group's link opens one column. A viewer with a scope is a participant who reads only what
 * the scope allows, whatever else the board holds.
 */
export type LinkScope = { kind: "submission" } | { kind: "group"; columnId: string | null };

/**
 * What link holders read of a record type (LINK-2), declared with the type; a type that declares
 * nothing is hidden from them, so a new feature's records never reach a link holder unasked.
 * - "structure": every link holder (the board's title and description, its columns);
 * - "byColumn": a small group those whose `columnId` is its column, a submitter only their own.
 */
export type LinkReading = "structure" | "byColumn";

/** The reading a record type declares, undefined for none. */
export type LinkReadingOf = (type: string) => LinkReading | undefined;

/** Where a record sits for link holders: a by-column record's column, undefined for the rest. */
export function placeOf(record: BaseRecord, reading: LinkReading | undefined): string | undefined {
  if (reading !== "byColumn") return undefined;
  const columnId = (record as { columnId?: unknown }).columnId;
  return typeof columnId === "string" ? columnId : undefined;
}

/**
 * Whether a link holder reads a record of this reading with this access and place (the caller has
 * checked the audience already: a link holder is a participant).
 */
export function linkHolderReads(
  reading: LinkReading | undefined,
  access: Access,
  place: string | undefined,
  scope: LinkScope,
  authorId: string | null,
): boolean {
  if (reading === "structure") return true;
  if (reading !== "byColumn") return false;
  if (scope.kind === "group") return place !== undefined && place === scope.columnId;
  return access.authorId !== null && access.authorId === authorId;
}

/**
 * A rule's writes with the place each by-column record had before the op (`was.place`), when it is
 * removed or moves to another place: a small group then learns that a card left its column (a
 * remove) and nobody else learns where it went. Run by the server on every op it commits.
 */
export function withPlaces(writes: RecordWrite[], before: RecordView, readingOf: LinkReadingOf): RecordWrite[] {
  let placed: RecordWrite[] | undefined;
  writes.forEach((write, index) => {
    const key = "remove" in write ? write.remove : write.put;
    const reading = readingOf(key.type);
    if (reading !== "byColumn") return;
    const previous = before.get<BaseRecord>(key.type, key.id);
    const place = previous ? placeOf(previous, reading) : undefined;
    if (!previous || place === undefined) return;
    if ("put" in write && placeOf(write.put, reading) === place) return;
    placed ??= [...writes];
    const was = write.was ?? { audience: previous.audience, authorId: previous.authorId };
    placed[index] = { ...write, was: { ...was, place } } as RecordWrite;
  });
  return placed ?? writes;
}
