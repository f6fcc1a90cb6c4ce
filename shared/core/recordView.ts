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

/** A state read through RecordView: its lists and indexes built once per type map, then shared. */
class StateView implements RecordView {
  constructor(readonly state: RecordMap) {}

  get<R extends BaseRecord>(type: string, id: string): R | undefined {
    return this.state[type]?.[id] as R | undefined;
  }

  list<R extends BaseRecord>(type: string): readonly R[] {
    return listOf(this.state[type] ?? EMPTY) as readonly R[];
  }

  where<R extends BaseRecord>(type: string, field: string, value: unknown): readonly R[] {
    const bucket: readonly BaseRecord[] = indexOf(this.state[type] ?? EMPTY, field).get(value) ?? [];
    return bucket as readonly R[];
  }

  count(type: string): number {
    return listOf(this.state[type] ?? EMPTY).length;
  }
}

/** Writes kept on top of the base before they are folded into a new base (one copy per this many). */
const OVERLAY_LIMIT = 64;

/**
 * A state being changed: reads see the base state with this draft's writes on top, without copying
 * the base. The writes of several ops (a batch on the server, the pending ops in the browser) become
 * one new state at the end, so a board of thousands of cards is copied once, not once per op. Many
 * writes (a re-ranked column) are folded into the base now and then, so reads stay cheap.
 *
 * `RecordDraft.over(view)` stages writes on top of any other view without touching it: a rule made of
 * steps (erasing an author's records type by type) lets each step read what the earlier ones did, then
 * answers all their writes at once. Such a draft has no state to fold into; it is meant for a few
 * dozen writes, each read merging them in.
 */
export class RecordDraft implements WritableView {
  private readonly changed = new Map<string, Map<string, BaseRecord | null>>();
  private unfolded: RecordWrite[] = [];
  private base: RecordView;
  /** The base as a state, unless this draft is over another view. */
  private state: RecordMap | undefined;

  constructor(base: RecordMap) {
    this.state = base;
    this.base = new StateView(base);
  }

  /** A draft over any view: writes staged on top of it, the view itself never touched. */
  static over(view: RecordView): RecordDraft {
    const draft = new RecordDraft({});
    draft.state = undefined;
    draft.base = view;
    return draft;
  }

  get<R extends BaseRecord>(type: string, id: string): R | undefined {
    const changes = this.changed.get(type);
    if (changes?.has(id)) return (changes.get(id) ?? undefined) as R | undefined;
    return this.base.get<R>(type, id);
  }

  list<R extends BaseRecord>(type: string): readonly R[] {
    return this.overlay(type, this.base.list<R>(type), () => true, false);
  }

  where<R extends BaseRecord>(type: string, field: string, value: unknown): readonly R[] {
    const matches = (record: BaseRecord) => fieldOf(record, field) === value;
    return this.overlay(type, this.base.where<R>(type, field as keyof R & string, value), matches, true);
  }

  count(type: string): number {
    let count = this.base.count(type);
    for (const [id, record] of this.changed.get(type) ?? []) {
      const existed = this.base.get(type, id) !== undefined;
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
      if (this.state) this.unfolded.push(write);
    }
    if (this.unfolded.length > OVERLAY_LIMIT) this.fold();
  }

  /** The base state with every write applied (a draft over a state only). */
  result(): RecordMap {
    if (!this.state) throw new Error("A draft over another view has no state of its own.");
    return applyWrites(this.state, this.unfolded);
  }

  private fold(): void {
    if (!this.state) return;
    this.state = applyWrites(this.state, this.unfolded);
    this.base = new StateView(this.state);
    this.unfolded = [];
    this.changed.clear();
  }

  private overlay<R extends BaseRecord>(
    type: string,
    base: readonly R[],
    matches: (record: BaseRecord) => boolean,
    sorted: boolean,
  ): readonly R[] {
    const changes = this.changed.get(type);
    if (!changes) return base;
    const merged: BaseRecord[] = base.filter((record) => !changes.has(record.id));
    for (const record of changes.values()) {
      if (!record || !matches(record)) continue;
      if (sorted) insertSorted(merged, record);
      else merged.push(record);
    }
    return merged as R[];
  }
}

/** A read-only view of a state. */
export function viewOf(state: RecordMap): RecordView {
  return new StateView(state);
}
