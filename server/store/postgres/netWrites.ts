import type { Committed } from "../../../shared/changes";
import type { BaseRecord, RecordWrite } from "../../../shared/core/records";

/** Records to put as the columns type, id, audience, author_id and data, each an array for `unnest`. */
export function putColumns(
  records: readonly BaseRecord[],
): [string[], string[], string[], (string | null)[], string[]] {
  return [
    records.map((record) => record.type),
    records.map((record) => record.id),
    records.map((record) => record.audience),
    records.map((record) => record.authorId),
    records.map((record) => JSON.stringify(record)),
  ];
}

/** What a batch leaves in the records table. */
export interface NetWrites {
  put: BaseRecord[];
  removed: { type: string[]; id: string[] };
}

/**
 * Each record's last write in a batch's changes only, since one statement may not touch a row twice
 * (a card added and then moved in the same batch is put once, with where it was moved).
 */
export function netWrites(changes: readonly Committed[]): NetWrites {
  const last = new Map<string, RecordWrite>();
  for (const { writes } of changes) {
    for (const write of writes) {
      const { type, id } = "remove" in write ? write.remove : write.put;
      last.set(JSON.stringify([type, id]), write);
    }
  }
  const net: NetWrites = { put: [], removed: { type: [], id: [] } };
  for (const write of last.values()) {
    if ("put" in write) net.put.push(write.put);
    else {
      net.removed.type.push(write.remove.type);
      net.removed.id.push(write.remove.id);
    }
  }
  return net;
}
