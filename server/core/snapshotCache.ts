import { allRecords, type RecordMap } from "../../shared/core/recordState";
import type { Viewer } from "../../shared/core/visibility";
import type { BoardSnapshot } from "../../shared/model";
import { snapshotRecordsFor } from "../realtime/audiences";
import type { BoardStore } from "../store/BoardStore";
import type { BoardModel } from "./boardModel";

interface Entry {
  revision: number;
  snapshot: BoardSnapshot;
  json?: string;
}

/**
 * Snapshots built once per board, revision and audience and shared by everyone who asks: a hundred
 * people opening a big board at once cost one filtering and one JSON text, not a hundred.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: BoardStore,
    private readonly model: BoardModel,
    private readonly capacity = 64,
  ) {}

  async snapshotFor(boardId: string, viewer: Viewer): Promise<BoardSnapshot | undefined> {
    return (await this.entry(boardId, viewer))?.snapshot;
  }

  /** The same snapshot as JSON text, made once, for HTTP answers that send it as is. */
  async snapshotJsonFor(boardId: string, viewer: Viewer): Promise<string | undefined> {
    const entry = await this.entry(boardId, viewer);
    if (!entry) return undefined;
    entry.json ??= JSON.stringify(entry.snapshot);
    return entry.json;
  }

  private async entry(boardId: string, viewer: Viewer): Promise<Entry | undefined> {
    const current = await this.store.readBoard(boardId);
    if (!current) return undefined;
    const key = `${boardId}|${this.audienceKey(current.state, viewer)}`;
    const cached = this.entries.get(key);
    if (cached && cached.revision === current.revision) return cached;
    const snapshot: BoardSnapshot = {
      boardId,
      revision: current.revision,
      records: snapshotRecordsFor(allRecords(current.state), viewer, this.model),
    };
    const entry = { revision: current.revision, snapshot };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  /** Participants share one snapshot unless the board holds records this author may see more of. */
  private audienceKey(state: RecordMap, viewer: Viewer): string {
    if (viewer.role === "moderator") return "moderators";
    if (viewer.authorId) {
      for (const record of allRecords(state)) {
        const narrower = record.audience === "author" || this.model.authorSeesMore(record);
        if (record.authorId === viewer.authorId && narrower) return `author:${viewer.authorId}`;
      }
    }
    return "participants";
  }
}
