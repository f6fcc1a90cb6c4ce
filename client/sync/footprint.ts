import type { RecordKey, RecordWrite } from "../../shared/core/records";
import type { RecordView } from "../../shared/core/recordView";
import { LIMITS } from "../../shared/limits";
import type { Card } from "../../shared/model";

/**
 * What an op's prediction reads and writes, as keys: a record's own key (`<type>:<id>`), or a group
 * a rule reads as a whole: `cards-in:<columnId>` (a column's cards, whose ranks a card placed there is
 * settled against and which a re-rank rewrites), `column-ranks` (every column, for the same reason).
 * A committed change that touches none of a pending op's keys cannot change that op's predicted
 * outcome, and the two changes commute (SYNC-12). "all" when nothing can be promised. Each op's own
 * footprint comes from its feature's client definition (opTraits.ts).
 */
export type Footprint = readonly string[] | "all";

export const recordKey = (key: RecordKey) => `${key.type}:${key.id}`;
export const cardsIn = (columnId: string) => `cards-in:${columnId}`;
export const COLUMN_RANKS = "column-ranks";

/** Types whose count a rule checks against a limit before it adds one. */
const COUNTED: Readonly<Record<string, number>> = { card: LIMITS.cardsPerBoard, column: LIMITS.columnsPerBoard };

const keyOf = (write: RecordWrite): RecordKey => ("remove" in write ? write.remove : write.put);

/**
 * What a committed change touches, given the state it was applied to: every record it writes, the
 * columns whose cards it changes (the card's column before and after), the column order for a column
 * written. Adding or removing a record of a counted type near the board's limit counts as "all":
 * pending adds may then flip between accepted and refused.
 */
export function footprintOfWrites(writes: readonly RecordWrite[], before: RecordView, pendingOps: number): Footprint {
  const keys = new Set<string>();
  for (const write of writes) {
    const key = keyOf(write);
    const old = before.get(key.type, key.id);
    const limit = COUNTED[key.type];
    const counted = limit !== undefined && (old === undefined) !== "remove" in write;
    if (counted && before.count(key.type) + pendingOps + 1 >= limit) return "all";
    keys.add(recordKey(key));
    if (key.type === "column") keys.add(COLUMN_RANKS);
    if (key.type === "card") {
      if (old) keys.add(cardsIn((old as Card).columnId));
      if ("put" in write) keys.add(cardsIn((write.put as Card).columnId));
    }
  }
  return [...keys];
}

/** The record keys a list of writes writes. */
export function keysOfWrites(writes: readonly RecordWrite[]): string[] {
  return writes.map((write) => recordKey(keyOf(write)));
}
