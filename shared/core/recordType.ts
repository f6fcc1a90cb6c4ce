import type { LinkReading, LinkReadingOf } from "./linkScope";
import type { Audience, BaseRecord } from "./records";
import type { Redact } from "./visibility";

/** How a record type's fields narrow per viewer. */
export interface RecordTypeDefinition {
  type: string;
  /** Removes fields a viewer who may read the record must not see (contact data for moderators only). */
  redact?: Redact;
  /** True when a record's author may see more of it than other participants (their own contact data). */
  authorSeesMore?: boolean;
  /**
   * True when some fields are hidden from moderators too, except from the record's own author (a
   * business card's contact field shown to "nobody"): a moderator who wrote it gets frames and
   * snapshots of their own.
   */
  hidesFromModerators?: boolean;
  /**
   * What holders of a special link read of this type (LINK-2): "structure" (every link holder),
   * "byColumn" (a small group those in its column, a submitter their own). Left out: nothing.
   */
  linkHolders?: LinkReading;
}

/** A record type as its feature declares it: the audiences its records are written with (VIS-1), and its redaction. */
export interface DeclaredRecordType extends RecordTypeDefinition {
  audiences: readonly Audience[];
}

/** Redaction and its flags for records of any listed type; types without a definition show whole. */
export function recordTypeBook(definitions: readonly RecordTypeDefinition[]) {
  const byType = new Map(definitions.map((definition) => [definition.type, definition]));
  const redactRecord: Redact = (record: BaseRecord, viewer) =>
    byType.get(record.type)?.redact?.(record, viewer) ?? record;
  return {
    redactRecord,
    authorSeesMore: (record: BaseRecord): boolean => byType.get(record.type)?.authorSeesMore === true,
    hidesFromModerators: (record: BaseRecord): boolean => byType.get(record.type)?.hidesFromModerators === true,
    linkReadingOf: ((type) => byType.get(type)?.linkHolders) satisfies LinkReadingOf as LinkReadingOf,
  };
}
