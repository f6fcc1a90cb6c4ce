import type { BaseRecord } from "../../shared/core/records";
import type { BoardSnapshot } from "../../shared/model";

/**
 * A snapshot's JSON text (the same text as `JSON.stringify(snapshot)`) and where each record's JSON
 * starts and ends in it, so that another viewer's snapshot can be spliced from it (LIMIT-8).
 */
export interface SnapshotText {
  json: string;
  /** Offset just past the records array's `[`. */
  recordsStart: number;
  starts: Uint32Array;
  ends: Uint32Array;
}

export function snapshotText({ boardId, revision, records }: BoardSnapshot): SnapshotText {
  const head = `{"boardId":${JSON.stringify(boardId)},"revision":${JSON.stringify(revision)},"records":[`;
  const parts = new Array<string>(records.length);
  const starts = new Uint32Array(records.length);
  const ends = new Uint32Array(records.length);
  let at = head.length;
  for (let i = 0; i < records.length; i++) {
    if (i > 0) at += 1;
    parts[i] = JSON.stringify(records[i]);
    starts[i] = at;
    at += parts[i].length;
    ends[i] = at;
  }
  return { json: `${head}${parts.join(",")}]}`, recordsStart: head.length, starts, ends };
}

/**
 * What one viewer's snapshot has other than a shared one: records replaced (by their index in the
 * shared snapshot; null: left out) and records added. Small: an author's own records.
 */
export interface SnapshotOverlay {
  replaced: Map<number, string | null>;
  added: string[];
  /** Characters of text the overlay holds. */
  size: number;
}

/**
 * The overlay that turns the shared snapshot `base` (its records and text) into `own`, a viewer's
 * records of the same board and revision. A record that is the same object, or the same text, stays.
 */
export function overlayOf(
  base: { records: readonly BaseRecord[]; text: SnapshotText; index: ReadonlyMap<string, number> },
  own: readonly BaseRecord[],
): SnapshotOverlay {
  const replaced = new Map<number, string | null>();
  const added: string[] = [];
  const kept = new Uint8Array(base.records.length);
  let size = 0;
  for (const record of own) {
    const at = base.index.get(recordKey(record));
    if (at === undefined) {
      const text = JSON.stringify(record);
      added.push(text);
      size += text.length;
      continue;
    }
    kept[at] = 1;
    if (base.records[at] === record) continue;
    const text = JSON.stringify(record);
    if (text === base.text.json.slice(base.text.starts[at], base.text.ends[at])) continue;
    replaced.set(at, text);
    size += text.length;
  }
  for (let at = 0; at < kept.length; at++) if (!kept[at]) replaced.set(at, null);
  return { replaced, added, size };
}

/** The records of a snapshot by "type id", to find a record's place in its text. */
export function recordIndex(records: readonly BaseRecord[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let at = 0; at < records.length; at++) index.set(recordKey(records[at]), at);
  return index;
}

/**
 * The shared text with the overlay spliced in: slices and concatenations only (V8 keeps them as
 * references to the shared text until the answer is written), so no record is serialised again.
 */
export function overlaidJson(base: SnapshotText, overlay: SnapshotOverlay): string {
  const { json, starts, ends } = base;
  let out = json.slice(0, base.recordsStart);
  let wrote = false;
  const append = (text: string) => {
    out += wrote ? `,${text}` : text;
    wrote = true;
  };
  let runStart = 0;
  const flushRun = (until: number) => {
    if (until > runStart) append(json.slice(starts[runStart], ends[until - 1]));
  };
  for (const at of [...overlay.replaced.keys()].sort((a, b) => a - b)) {
    flushRun(at);
    const text = overlay.replaced.get(at);
    if (text) append(text);
    runStart = at + 1;
  }
  flushRun(starts.length);
  for (const text of overlay.added) append(text);
  return `${out}]}`;
}

const recordKey = (record: BaseRecord) => `${record.type} ${record.id}`;
