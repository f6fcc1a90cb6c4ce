import { buildIndex, fieldOf, insertSorted } from "./recordOrder";
import { applyWrites, type RecordMap, type RecordsById } from "./recordState";
import type { BaseRecord, RecordWrite } from "./records";

/** What rules may ask about a board's records. */
export interface RecordView {
  get<R extends BaseRecord>(type: R["type"], id: string): R | undefined;
  /** Every record of a type, in no particular order. */
  list<R extends BaseRecord>(type: R["type"]): readonly R[];
  /**
   * Records of a type whose `field` equals `value`, through an index, in bucket order (by rank, then
   * id; see compareInBucket), so a rule can binary-search a column's cards.
   */
  where<R extends BaseRecord>(type: R["type"], field: keyof R & string, value: unknown): readonly R[];
  count(type: string): number;
}

/** A view that rules' writes can be applied to, one op after another. */
export interface WritableView extends RecordView {
  apply(writes: readonly RecordWrite[]): void;
}

type TypeMap = RecordsById;
const EMPTY: TypeMap = Object.freeze({});
const lists = new WeakMap<TypeMap, readonly BaseRecord[]>();
const indexes = new WeakMap<TypeMap, Map<string, Map<unknown, BaseRecord[]>>>();

function listOf(records: TypeMap): readonly BaseRecord[] {
  let list = lists.get(records);
  if (!list) {
    list = Object.values(records);
    lists.set(records, list);
  }
  return list;
}

function indexOf(records: TypeMap, field: string): Map<unknown, BaseRecord[]> {
  let byField = indexes.get(records);
  if (!byField) {
    byField = new Map();
    indexes.set(records, byField);
  }
  let index = byField.get(field);
  if (!index) {
    index = buildIndex(listOf(records), field);
    byField.set(field, index);
  }
  return index;
}

/** Writes kept on top of the base before they are folded into a new base (one copy per this many). */
const OVERLAY_LIMIT = 64;

/**
 * A state being changed: reads see the base state with this draft's writes on top, without copying
 * the base. The writes of several ops (a batch on the server, the pending ops in the browser) become
 * one new state at the end, so a board of thousands of cards is copied once, not once per op. Many
 * writes (a re-ranked column) are folded into the base now and then, so reads stay cheap.
 */
export class RecordDraft implements WritableView {
  private readonly changed = new Map<string, Map<string, BaseRecord | null>>();
  private unfolded: RecordWrite[] = [];

  constructor(private base: RecordMap) {}

  get<R extends BaseRecord>(type: string, id: string): R | undefined {
    const changes = this.changed.get(type);
    if (changes?.has(id)) return (changes.get(id) ?? undefined) as R | undefined;
    return this.base[type]?.[id] as R | undefined;
  }

  list<R extends BaseRecord>(type: string): readonly R[] {
    return this.overlay(type, listOf(this.base[type] ?? EMPTY), () => true, false) as readonly R[];
  }

  where<R extends BaseRecord>(type: string, field: string, value: unknown): readonly R[] {
    const base = indexOf(this.base[type] ?? EMPTY, field).get(value) ?? [];
    const matches = (record: BaseRecord) => fieldOf(record, field) === value;
    return this.overlay(type, base, matches, true) as readonly R[];
  }

  count(type: string): number {
    const base = this.base[type] ?? EMPTY;
    let count = listOf(base).length;
    for (const [id, record] of this.changed.get(type) ?? []) {
      const existed = id in base;
      if (existed && record === null) count--;
      if (!existed && record !== null) count++;
    }
    return count;
  }

  apply(writes: readonly RecordWrite[]): void {
    for (const write of writes) {
      const key = "remove" in write ? write.remove : write.put;
      let changes = this.changed.get(key.type);
      if (!changes) {
        changes = new Map();
        this.changed.set(key.type, changes);
      }
      changes.set(key.id, "remove" in write ? null : write.put);
      this.unfolded.push(write);
    }
    if (this.unfolded.length > OVERLAY_LIMIT) this.fold();
  }

  /** The base state with every write applied. */
  result(): RecordMap {
    return applyWrites(this.base, this.unfolded);
  }

  private fold(): void {
    this.base = applyWrites(this.base, this.unfolded);
    this.unfolded = [];
    this.changed.clear();
  }

  private overlay(
    type: string,
    base: readonly BaseRecord[],
    matches: (record: BaseRecord) => boolean,
    sorted: boolean,
  ) {
    const changes = this.changed.get(type);
    if (!changes) return base;
    const merged = base.filter((record) => !changes.has(record.id));
    for (const record of changes.values()) {
      if (!record || !matches(record)) continue;
      if (sorted) insertSorted(merged, record);
      else merged.push(record);
    }
    return merged;
  }
}

/** A read-only view of a state (a draft nobody writes to). */
export function viewOf(state: RecordMap): RecordView {
  return new RecordDraft(state);
}
