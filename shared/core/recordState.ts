import type { BaseRecord, RecordKey, RecordWrite } from "./records";

/** All records of a board by type, then id. Immutable: a write copies only the type map it touches. */
export type RecordsById = Readonly<Record<string, BaseRecord>>;
export type RecordMap = Readonly<Partial<Record<string, RecordsById>>>;

export function recordMapOf(records: Iterable<BaseRecord>): RecordMap {
  const byType: Record<string, Record<string, BaseRecord>> = {};
  for (const record of records) {
    byType[record.type] ??= {};
    byType[record.type][record.id] = record;
  }
  return byType;
}

export function getRecord(state: RecordMap, key: RecordKey): BaseRecord | undefined {
  return state[key.type]?.[key.id];
}

export function applyWrites(state: RecordMap, writes: readonly RecordWrite[]): RecordMap {
  if (writes.length === 0) return state;
  const copied = new Map<string, Record<string, BaseRecord>>();
  const typeMap = (type: string) => {
    let map = copied.get(type);
    if (!map) {
      map = { ...state[type] };
      copied.set(type, map);
    }
    return map;
  };
  for (const write of writes) {
    if ("remove" in write) delete typeMap(write.remove.type)[write.remove.id];
    else typeMap(write.put.type)[write.put.id] = write.put;
  }
  return { ...state, ...Object.fromEntries(copied) };
}

export function* allRecords(state: RecordMap): Iterable<BaseRecord> {
  for (const records of Object.values(state)) if (records) yield* Object.values(records);
}
