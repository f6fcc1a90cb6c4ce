import { promisify } from "node:util";
import zlib from "node:zlib";
import type { BaseRecord } from "../../shared/core/records";
import type { Viewer } from "../../shared/core/visibility";
import type { BoardSnapshot, Role } from "../../shared/model";
import { snapshotRecordsFor } from "../realtime/audiences";
import type { BoardStore } from "../store/BoardStore";
import type { BoardModel } from "./boardModel";
import { RecentlyUsed } from "./recentlyUsed";
import { type AuthorsSeeingMore, authorsSeeingMoreOf, ownKey, sharedKey } from "./snapshotKeys";
import {
  overlaidJson,
  overlayOf,
  recordIndex,
  type SnapshotOverlay,
  type SnapshotText,
  snapshotText,
} from "./snapshotText";

export type SnapshotEncoding = "br" | "gzip";

/** The snapshot text compressed for HTTP, made once per encoding on first request, off the event loop. */
type Compressed = Map<SnapshotEncoding, Promise<Buffer>>;

/** The snapshot everyone of an audience shares: moderators, or participants. */
interface SharedEntry {
  snapshot: BoardSnapshot;
  text: SnapshotText;
  /** Texts made from this snapshot by others (a board page's paint, HTTP-7), by their key. */
  made: Map<string, Promise<string | undefined>>;
  /** Where each record sits in the text, made when the first author's overlay needs it. */
  index?: Map<string, number>;
  compressed: Compressed;
  bytes: number;
}

/** One author's snapshot (LIMIT-8): the shared one, with their own records spliced in. */
interface OwnEntry {
  shared: SharedEntry;
  overlay: SnapshotOverlay;
  compressed: Compressed;
  bytes: number;
}

/** One board at one revision: its records, and the snapshots asked for so far. */
interface BoardEntry extends AuthorsSeeingMore {
  revision: number;
  records: BaseRecord[];
  shared: Map<string, SharedEntry>;
  own: Map<string, OwnEntry>;
  /** Bytes of the largest snapshot text built for this board, to price a join that asks for one. */
  size: number;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Quality 5 and level 6 for the text a whole audience shares: within a few percent of the best for
 * board JSON, at a fraction of the top settings' time. An author's own text, compressed for them
 * alone, at the fastest level.
 */
const compress: Record<SnapshotEncoding, (json: string, forOne: boolean) => Promise<Buffer>> = {
  br: (json, forOne) => brotli(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: forOne ? 1 : 5 } }),
  gzip: (json, forOne) => gzip(json, { level: forOne ? 1 : 6 }),
};

/** LIMIT-2: what the cache may hold, every text, index and compressed body counted. */
export const SNAPSHOT_CACHE_BYTES = 96 * 1024 * 1024;

/**
 * Snapshots built once per board, revision and audience and shared by everyone who asks: a hundred
 * people opening a big board at once cost one read, one filtering and one JSON text, not a hundred
 * (LIMIT-2). An entry holds while the board's revision (one indexed read) has not moved. An author who
 * may see more of their own records gets the shared text with those records spliced in, never a
 * full copy of their own (LIMIT-8); everything kept counts against one byte budget.
 */
export class SnapshotCache {
  private readonly boards: RecentlyUsed<string, BoardEntry>;
  /**
   * Compressions run one after another: each takes a core of the thread pool and a copy of its text
   * for a while, and forty authors opening a big board at once must not take every core from the
   * event loop (and other boards' ops) nor hold forty copies.
   */
  private compressing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: BoardStore,
    private readonly model: BoardModel,
    capacity = 8,
    private readonly budgetBytes = SNAPSHOT_CACHE_BYTES,
  ) {
    this.boards = new RecentlyUsed(capacity);
  }

  async snapshotFor(boardId: string, viewer: Viewer): Promise<BoardSnapshot | undefined> {
    const board = await this.boardEntry(boardId);
    if (!board) return undefined;
    if (!ownKey(board, viewer)) return this.sharedEntry(boardId, board, viewer).snapshot;
    // An author's records, filtered afresh: a walk over the records, no text (calendars, vCards).
    return { boardId, revision: board.revision, records: snapshotRecordsFor(board.records, viewer, this.model) };
  }

  /** The same snapshot as JSON text, made once, for answers that send it as is. */
  async snapshotJsonFor(boardId: string, viewer: Viewer): Promise<string | undefined> {
    const board = await this.boardEntry(boardId);
    if (!board) return undefined;
    const own = this.ownEntry(boardId, board, viewer);
    return own ? overlaidJson(own.shared.text, own.overlay) : this.sharedEntry(boardId, board, viewer).text.json;
  }

  /**
   * The snapshot text compressed, made once per board, revision, audience and encoding: a hundred
   * browsers opening a big board cost one compression, not a hundred (LIMIT-2). An author's own text
   * is compressed for them alone, so it goes as gzip at its fastest level when the client takes gzip
   * (several times quicker than brotli for a tenth more bytes); `encoding` says what was made.
   */
  async compressedFor(
    boardId: string,
    viewer: Viewer,
    preferred: SnapshotEncoding,
    takesGzip = preferred === "gzip",
  ): Promise<{ body: Buffer; encoding: SnapshotEncoding } | undefined> {
    const board = await this.boardEntry(boardId);
    if (!board) return undefined;
    const own = this.ownEntry(boardId, board, viewer);
    const entry: SharedEntry | OwnEntry = own ?? this.sharedEntry(boardId, board, viewer);
    const encoding = own && takesGzip ? "gzip" : preferred;
    let body = entry.compressed.get(encoding);
    if (!body) {
      const made = this.compressing.then(() =>
        own
          ? compress[encoding](overlaidJson(own.shared.text, own.overlay), true)
          : compress[encoding]((entry as SharedEntry).text.json, false),
      );
      this.compressing = made.catch(() => undefined);
      body = made;
      entry.compressed.set(encoding, body);
      body.then(
        (done) => {
          entry.bytes += done.length;
          this.trim(boardId);
        },
        () => entry.compressed.delete(encoding),
      );
    }
    return { body: await body, encoding };
  }

  /**
   * A text made from what everyone of an audience sees, by `make`, once per board, revision, audience
   * and key (a board page's paint for a visitor without keys, HTTP-7). Kept with that snapshot: it
   * goes when the board changes or ends or the snapshot leaves the cache, and counts against the
   * budget. With the snapshot it was made from; `text` undefined when `make` made none; undefined
   * when there is no board.
   */
  async madeFor(
    boardId: string,
    role: Role,
    key: string,
    make: (snapshot: BoardSnapshot) => Promise<string | undefined>,
  ): Promise<{ text?: string; snapshot: BoardSnapshot } | undefined> {
    const board = await this.boardEntry(boardId);
    if (!board) return undefined;
    const entry = this.sharedEntry(boardId, board, { role, authorId: null });
    let made = entry.made.get(key);
    if (!made) {
      made = make(entry.snapshot);
      entry.made.set(key, made);
      made.then(
        (text) => {
          entry.bytes += text?.length ?? 0;
          this.trim(boardId);
        },
        () => entry.made.delete(key),
      );
    }
    return { text: await made, snapshot: entry.snapshot };
  }

  /**
   * One record as stored, unfiltered, for server code that checks a secret against it (a personal
   * calendar feed): `{record: undefined}` when the board has no such record, undefined when there
   * is no board. Never hand it to a client as it is.
   */
  async storedRecord(boardId: string, type: string, id: string): Promise<{ record?: BaseRecord } | undefined> {
    const board = await this.boardEntry(boardId);
    if (!board) return undefined;
    return { record: board.records.find((record) => record.type === type && record.id === id) };
  }

  /** Drops everything kept of a board (it was deleted, OPS-5). */
  forget(boardId: string): void {
    this.boards.delete(boardId);
  }

  /** Bytes of the board's last snapshot text (any revision), 0 when none is kept: to price a join. */
  lastSize(boardId: string): number {
    return this.boards.peek(boardId)?.size ?? 0;
  }

  /** Bytes the cache holds now: every snapshot text, record index, overlay and compressed body. */
  get heldBytes(): number {
    let bytes = 0;
    for (const [, board] of this.boards.entriesByAge()) bytes += boardBytes(board);
    return bytes;
  }

  private sharedEntry(boardId: string, board: BoardEntry, viewer: Viewer): SharedEntry {
    const key = sharedKey(viewer);
    let entry = board.shared.get(key);
    if (!entry) {
      // Everyone of the audience sees the same: read it as one of them who wrote nothing narrower.
      const records = snapshotRecordsFor(board.records, { ...viewer, authorId: null }, this.model);
      const snapshot = { boardId, revision: board.revision, records };
      const text = snapshotText(snapshot);
      entry = { snapshot, text, made: new Map(), compressed: new Map(), bytes: text.json.length + 8 * records.length };
      board.shared.set(key, entry);
      board.size = Math.max(board.size, text.json.length);
      this.trim(boardId, entry);
    }
    return entry;
  }

  /** The author's own snapshot, when they may see more than the rest of their audience. */
  private ownEntry(boardId: string, board: BoardEntry, viewer: Viewer): OwnEntry | undefined {
    const key = ownKey(board, viewer);
    if (!key) return undefined;
    let entry = board.own.get(key);
    if (!entry) {
      const shared = this.sharedEntry(boardId, board, viewer);
      if (!shared.index) {
        shared.index = recordIndex(shared.snapshot.records);
        // A map entry costs about a hundred bytes beyond its key.
        shared.bytes += shared.snapshot.records.length * 100;
      }
      const own = snapshotRecordsFor(board.records, viewer, this.model);
      const overlay = overlayOf({ records: shared.snapshot.records, text: shared.text, index: shared.index }, own);
      entry = { shared, overlay, compressed: new Map(), bytes: overlay.size + 8 * overlay.replaced.size };
      board.own.set(key, entry);
      board.size = Math.max(board.size, shared.text.json.length + overlay.size);
      this.trim(boardId, entry);
    }
    return entry;
  }

  /**
   * Keeps the cache within its budget: drops the least recently used boards first, then, when the
   * board in use alone is over, its authors' entries and compressed bodies, then its other audience.
   * The entry being handed out stays (its caller holds it anyway).
   */
  private trim(boardId: string, keep?: SharedEntry | OwnEntry): void {
    let held = this.heldBytes;
    for (const [id, board] of this.boards.entriesByAge()) {
      if (held <= this.budgetBytes) return;
      if (id === boardId) continue;
      held -= boardBytes(board);
      this.boards.delete(id);
    }
    const current = this.boards.peek(boardId);
    if (!current) return;
    for (const [key, own] of current.own) {
      if (held <= this.budgetBytes) return;
      if (own === keep) continue;
      held -= own.bytes;
      current.own.delete(key);
    }
    for (const [key, shared] of current.shared) {
      if (held <= this.budgetBytes) return;
      if (shared === keep || (keep && "shared" in keep && keep.shared === shared)) continue;
      held -= shared.bytes;
      current.shared.delete(key);
    }
  }

  private async boardEntry(boardId: string): Promise<BoardEntry | undefined> {
    const revision = await this.store.revision(boardId);
    if (revision === undefined) return undefined;
    const cached = this.boards.get(boardId);
    if (cached && cached.revision === revision) return cached;
    const current = await this.store.readBoard(boardId);
    if (!current) return undefined;
    const entry: BoardEntry = {
      ...current,
      ...authorsSeeingMoreOf(current.records, this.model),
      shared: new Map(),
      own: new Map(),
      size: cached?.size ?? 0,
    };
    this.boards.set(boardId, entry);
    return entry;
  }
}

function boardBytes(board: BoardEntry): number {
  let bytes = 0;
  for (const entry of board.shared.values()) bytes += entry.bytes;
  for (const entry of board.own.values()) bytes += entry.bytes;
  return bytes;
}
