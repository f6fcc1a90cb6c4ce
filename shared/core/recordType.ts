import type { LinkReading, LinkReadingOf } from "./linkScope";
import type { PersonalData } from "./personalData";
import type { Audience, BaseRecord } from "./records";
import type { Redact } from "./visibility";

/** How a record type's fields narrow per viewer. */
export interface RecordTypeDefinition {
  type: string;
  /** Removes fields a viewer who may read the record must not see (contact data for moderators only). */
  redact?: Redact;
  /**
   * True when a record's author may see more of it than other participants (their own contact data);
   * a function when only some records of the type do (a card whose name is hidden, MOD-5).
   */
  authorSeesMore?: boolean | RecordTest;
  /**
   * True when some fields are hidden from moderators too, except from the record's own author (a
   * business card's contact field shown to "nobody"): a moderator who wrote it gets frames and
   * snapshots of their own.
   */
  hidesFromModerators?: boolean | RecordTest;
  /**
   * What holders of a special link read of this type (LINK-2): "structure" (every link holder),
   * "byColumn" (a small group those in its column, a submitter their own). Left out: nothing.
   */
  linkHolders?: LinkReading;
}

type RecordTest = (record: BaseRecord) => boolean;

const holds = (flag: boolean | RecordTest | undefined, record: BaseRecord): boolean =>
  typeof flag === "function" ? flag(record) : flag === true;

/** A record type as its feature declares it: the audiences its records are written with (VIS-1), and its redaction. */
export interface DeclaredRecordType extends RecordTypeDefinition {
  audiences: readonly Audience[];
  /**
   * What it holds about people and how an author's records go (DATA-2, LEGAL-3). Every type needs one
   * (test/shared/personalData.test.ts); optional here only so that a type added elsewhere compiles.
   */
  personal?: PersonalData;
}

/** Redaction and its flags for records of any listed type; types without a definition show whole. */
export function recordTypeBook(definitions: readonly RecordTypeDefinition[]) {
  const byType = new Map(definitions.map((definition) => [definition.type, definition]));
  const redactRecord: Redact = (record: BaseRecord, viewer) =>
    byType.get(record.type)?.redact?.(record, viewer) ?? record;
  return {
    redactRecord,
    authorSeesMore: (record: BaseRecord): boolean => holds(byType.get(record.type)?.authorSeesMore, record),
    hidesFromModerators: (record: BaseRecord): boolean => holds(byType.get(record.type)?.hidesFromModerators, record),
    linkReadingOf: ((type) => byType.get(type)?.linkHolders) satisfies LinkReadingOf as LinkReadingOf,
  };
}
