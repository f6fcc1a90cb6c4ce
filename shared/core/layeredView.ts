import { fieldOf, insertSorted } from "./recordOrder";
import type { BaseRecord, RecordWrite } from "./records";
import type { RecordView, WritableView } from "./recordView";

/**
 * Writes staged on top of another view without touching it: a rule made of steps (erasing an
 * author's records type by type) lets each step read what the earlier ones did, then answers all
 * their writes at once. Meant for a few dozen writes; each read merges them in.
 */
export class LayeredView implements WritableView {
  private readonly changed = new Map<string, Map<string, BaseRecord | null>>();

  constructor(private readonly base: RecordView) {}

  get<R extends BaseRecord>(type: string, id: string): R | undefined {
    const changes = this.changed.get(type);
    if (changes?.has(id)) return (changes.get(id) ?? undefined) as R | undefined;
    return this.base.get<R>(type, id);
  }

  list<R extends BaseRecord>(type: string): readonly R[] {
    return this.merged(type, this.base.list<R>(type), () => true, false);
  }

  where<R extends BaseRecord>(type: string, field: string, value: unknown): readonly R[] {
    const matches = (record: BaseRecord) => fieldOf(record, field) === value;
    return this.merged(type, this.base.where<R>(type, field as keyof R & string, value), matches, true);
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
    }
  }

  private merged<R extends BaseRecord>(
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
