import type { BaseRecord } from "./core/records";
import type { Redact, Viewer } from "./core/visibility";
import { impulseVisibility } from "./features/impulses/visibility";
import { meetingVisibility, registrationVisibility } from "./features/meetings/visibility";
import { businessCardVisibility } from "./features/networking/visibility";

/** What a record type declares beyond its schema and rules: how its fields narrow per viewer. */
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
}

/**
 * The record types that narrow fields. Types without an entry are shown whole to whoever may read
 * them (board, column, card today). A feature with private fields adds its definition here.
 */
const DEFINITIONS: readonly RecordTypeDefinition[] = [
  meetingVisibility,
  registrationVisibility,
  impulseVisibility,
  businessCardVisibility,
];

const byType = new Map(DEFINITIONS.map((definition) => [definition.type, definition]));

export const redactRecord: Redact = (record: BaseRecord, viewer: Viewer) =>
  byType.get(record.type)?.redact?.(record, viewer) ?? record;

export const authorSeesMore = (record: BaseRecord): boolean => byType.get(record.type)?.authorSeesMore === true;

export const hidesFromModerators = (record: BaseRecord): boolean =>
  byType.get(record.type)?.hidesFromModerators === true;
