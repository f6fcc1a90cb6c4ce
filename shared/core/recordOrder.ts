import type { BaseRecord } from "./records";

/**
 * The order of records in an index bucket (RecordView.where): by `rank`, then id, for records that
 * have a rank (columns, cards, anything placed by fractional index), else by id. Plain code-unit
 * comparison, the same on every replica (ORD-1).
 */
export function compareInBucket(a: BaseRecord, b: BaseRecord): number {
  const rankA = (a as { rank?: unknown }).rank;
  const rankB = (b as { rank?: unknown }).rank;
  if (typeof rankA === "string" && typeof rankB === "string" && rankA !== rankB) return rankA < rankB ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** The first position in a sorted list where `record` could go. */
function lowerBound(list: readonly BaseRecord[], record: BaseRecord): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareInBucket(list[middle], record) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function insertSorted(list: BaseRecord[], record: BaseRecord): void {
  list.splice(lowerBound(list, record), 0, record);
}

/** Removes the entry for `record` as it was stored (same rank and id); false when it is not there. */
export function removeSorted(list: BaseRecord[], record: BaseRecord): boolean {
  const at = lowerBound(list, record);
  if (at < list.length && list[at].id === record.id) {
    list.splice(at, 1);
    return true;
  }
  const fallback = list.findIndex((entry) => entry.id === record.id);
  if (fallback < 0) return false;
  list.splice(fallback, 1);
  return true;
}

/** The value of a record's field, whatever its type. */
export const fieldOf = (record: BaseRecord, field: string): unknown =>
  (record as unknown as Record<string, unknown>)[field];

/** Records grouped by the value of one field, each group in bucket order (see compareInBucket). */
export function buildIndex(records: Iterable<BaseRecord>, field: string): Map<unknown, BaseRecord[]> {
  const index = new Map<unknown, BaseRecord[]>();
  for (const record of records) {
    const value = fieldOf(record, field);
    const bucket = index.get(value);
    if (bucket) bucket.push(record);
    else index.set(value, [record]);
  }
  for (const bucket of index.values()) bucket.sort(compareInBucket);
  return index;
}
