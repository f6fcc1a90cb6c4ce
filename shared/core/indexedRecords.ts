import { buildIndex, fieldOf, insertSorted, removeSorted } from "./recordOrder";
import type { BaseRecord, RecordWrite } from "./records";
import type { WritableView } from "./recordView";

type Bucket = BaseRecord[];

/**
 * A board's records in mutable maps with indexes kept up to date on every write: what the server
 * holds in memory for a board it is committing to. A write costs a few map operations and a binary
 * search per index, whatever the board's size, so a batch never copies a board of thousands of cards.
 * (The browser keeps immutable states for React instead: RecordDraft.)
 */
export class IndexedRecords implements WritableView {
  private readonly byType = new Map<string, Map<string, BaseRecord>>();
  /** type -> field -> value -> records in bucket order, built on first use, then maintained. */
  private readonly indexes = new Map<string, Map<string, Map<unknown, Bucket>>>();

  constructor(records: Iterable<BaseRecord> = []) {
    for (const record of records) this.typeMap(record.type).set(record.id, record);
  }

  get<R extends BaseRecord>(type: string, id: string): R | undefined {
    return this.byType.get(type)?.get(id) as R | undefined;
  }

  list<R extends BaseRecord>(type: string): readonly R[] {
    return [...(this.byType.get(type)?.values() ?? [])] as R[];
  }

  where<R extends BaseRecord>(type: string, field: string, value: unknown): readonly R[] {
    return (this.index(type, field).get(value) ?? []) as R[];
  }

  count(type: string): number {
    return this.byType.get(type)?.size ?? 0;
  }

  apply(writes: readonly RecordWrite[]): void {
    for (const write of writes) {
      const key = "remove" in write ? write.remove : write.put;
      const records = this.typeMap(key.type);
      const before = records.get(key.id);
      if (before) this.unindex(before);
      if ("remove" in write) {
        records.delete(key.id);
      } else {
        records.set(key.id, write.put);
        this.reindex(write.put);
      }
    }
  }

  /** Every record, in no particular order: a copy, safe to keep while the board changes. */
  all(): BaseRecord[] {
    const all: BaseRecord[] = [];
    for (const records of this.byType.values()) for (const record of records.values()) all.push(record);
    return all;
  }

  private typeMap(type: string): Map<string, BaseRecord> {
    let records = this.byType.get(type);
    if (!records) {
      records = new Map();
      this.byType.set(type, records);
    }
    return records;
  }

  private index(type: string, field: string): Map<unknown, Bucket> {
    let byField = this.indexes.get(type);
    if (!byField) {
      byField = new Map();
      this.indexes.set(type, byField);
    }
    let index = byField.get(field);
    if (!index) {
      index = buildIndex(this.byType.get(type)?.values() ?? [], field);
      byField.set(field, index);
    }
    return index;
  }

  private unindex(record: BaseRecord): void {
    for (const [field, index] of this.indexes.get(record.type) ?? []) {
      const bucket = index.get(fieldOf(record, field));
      if (bucket) removeSorted(bucket, record);
    }
  }

  private reindex(record: BaseRecord): void {
    for (const [field, index] of this.indexes.get(record.type) ?? []) addTo(index, field, record);
  }
}

function addTo(index: Map<unknown, Bucket>, field: string, record: BaseRecord): void {
  const value = fieldOf(record, field);
  const bucket = index.get(value);
  if (bucket) insertSorted(bucket, record);
  else index.set(value, [record]);
}
