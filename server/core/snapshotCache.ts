import { promisify } from "node:util";
import zlib from "node:zlib";
import type { BaseRecord } from "../../shared/core/records";
import type { Viewer } from "../../shared/core/visibility";
import type { BoardSnapshot } from "../../shared/model";
import { snapshotRecordsFor } from "../realtime/audiences";
import type { BoardStore } from "../store/BoardStore";
import type { BoardModel } from "./boardModel";
import { RecentlyUsed } from "./recentlyUsed";

interface AudienceEntry {
  snapshot: BoardSnapshot;
  json: string;
  /** The JSON compressed for HTTP, made once per encoding on first request, off the event loop. */
  compressed: Map<SnapshotEncoding, Promise<Buffer>>;
}

export type SnapshotEncoding = "br" | "gzip";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const compress: Record<SnapshotEncoding, (json: string) => Promise<Buffer>> = {
  // Quality 5: within a few percent of the best for board JSON, at a fraction of quality 11's time.
  br: (json) => brotli(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (json) => gzip(json, { level: 6 }),
};

/** One board at one revision: its records, and the snapshot of each audience asked for so far. */
interface BoardEntry {
  revision: number;
  records: BaseRecord[];
  /** Authors who may see more of this board than other participants (their own narrower records). */
  authorsSeeingMore: Set<string>;
  /** Authors among the moderators who may see more of their own records than other moderators (NET-2). */
  authorsModeratorsMiss: Set<string>;
  audiences: Map<string, AudienceEntry>;
  /** Bytes of the largest snapshot text built for this board, to price a join that asks for one. */
  size: number;
}

/**
 * Snapshots built once per board, revision and audience and shared by everyone who asks: a hundred
 * people opening a big board at once cost one read, one filtering and one JSON text, not a hundred
 * (LIMIT-2). An entry holds while the board's revision (one indexed read) has not moved.
 */
export class SnapshotCache {
  private readonly boards: RecentlyUsed<string, BoardEntry>;

  constructor(
    private readonly store: BoardStore,
    private readonly model: BoardModel,
    capacity = 16,
  ) {
    this.boards = new RecentlyUsed(capacity);
  }

  async snapshotFor(boardId: string, viewer: Viewer): Promise<BoardSnapshot | undefined> {
    return (await this.audienceEntry(boardId, viewer))?.snapshot;
  }

  /** The same snapshot as JSON text, made once, for answers that send it as is. */
  async snapshotJsonFor(boardId: string, viewer: Viewer): Promise<string | undefined> {
    return (await this.audienceEntry(boardId, viewer))?.json;
  }

  /**
   * The snapshot text compressed, made once per board, revision, audience and encoding: a hundred
   * browsers opening a big board cost one compression, not a hundred (LIMIT-2).
   */
  async compressedFor(boardId: string, viewer: Viewer, encoding: SnapshotEncoding): Promise<Buffer | undefined> {
    const entry = await this.audienceEntry(boardId, viewer);
    if (!entry) return undefined;
    let body = entry.compressed.get(encoding);
    if (!body) {
      body = compress[encoding](entry.json);
      entry.compressed.set(encoding, body);
    }
    return body;
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

  /** Bytes of the board's last snapshot text (any revision), 0 when none is kept: to price a join. */
  lastSize(boardId: string): number {
    return this.boards.peek(boardId)?.size ?? 0;
  }

  private async audienceEntry(boardId: string, viewer: Viewer) {
    const board = await this.boardEntry(boardId);
    if (!board) return undefined;
    const key = audienceKey(board, viewer);
    let entry = board.audiences.get(key);
    if (!entry) {
      const records = snapshotRecordsFor(board.records, viewer, this.model);
      const snapshot = { boardId, revision: board.revision, records };
      entry = { snapshot, json: JSON.stringify(snapshot), compressed: new Map() };
      board.audiences.set(key, entry);
      board.size = Math.max(board.size, entry.json.length);
    }
    return entry;
  }

  private async boardEntry(boardId: string): Promise<BoardEntry | undefined> {
    const revision = await this.store.revision(boardId);
    if (revision === undefined) return undefined;
    const cached = this.boards.get(boardId);
    if (cached && cached.revision === revision) return cached;
    const current = await this.store.readBoard(boardId);
    if (!current) return undefined;
    const authorsSeeingMore = new Set<string>();
    const authorsModeratorsMiss = new Set<string>();
    for (const record of current.records) {
      if (!record.authorId) continue;
      const narrower = record.audience === "author" || this.model.authorSeesMore(record);
      if (narrower) authorsSeeingMore.add(record.authorId);
      if (this.model.hidesFromModerators?.(record)) authorsModeratorsMiss.add(record.authorId);
    }
    const entry: BoardEntry = {
      ...current,
      authorsSeeingMore,
      authorsModeratorsMiss,
      audiences: new Map(),
      size: cached?.size ?? 0,
    };
    this.boards.set(boardId, entry);
    return entry;
  }
}

/**
 * Participants share one snapshot unless the board holds records this author may see more of; so do
 * moderators, unless one wrote a record that hides fields from the others (NET-2).
 */
function audienceKey(board: BoardEntry, viewer: Viewer): string {
  if (viewer.role === "moderator") {
    return viewer.authorId && board.authorsModeratorsMiss.has(viewer.authorId)
      ? `moderator-author:${viewer.authorId}`
      : "moderators";
  }
  if (viewer.authorId && board.authorsSeeingMore.has(viewer.authorId)) return `author:${viewer.authorId}`;
  return "participants";
}
