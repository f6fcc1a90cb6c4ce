import type { Committed } from "../../shared/changes";
import type { OpResponse } from "../../shared/events";
import type { Actor, BoardSnapshot } from "../../shared/model";
import type { Op } from "../../shared/ops";

export interface NewBoard {
  id: string;
  title: string;
  description: string;
  moderatorKeyHash: string;
  columns: { id: string; title: string; rank: string }[];
  createdAt: number;
}

export interface CommitRequest {
  boardId: string;
  opId: string;
  op: Op;
  actor: Actor;
}

/**
 * Where boards live. Everything the realtime and HTTP layers need goes through this interface, so
 * another database can take SQLite's place by passing the same contract suite (test/server).
 */
export interface BoardStore {
  createBoard(board: NewBoard): BoardSnapshot;
  snapshot(boardId: string): BoardSnapshot | undefined;
  /**
   * The same snapshot as JSON text, made by the database without building objects, for routes that
   * send it as is: a 5,000-card board then costs one query instead of parsing and re-serializing.
   */
  snapshotJson(boardId: string): string | undefined;
  /** The board's revision (how many changes it committed); undefined when the board does not exist. */
  revision(boardId: string): number | undefined;
  /** The highest card rank in a column, to append there; null for an empty column. */
  lastCardRank(boardId: string, columnId: string): string | null;
  /** Undefined when the board does not exist. */
  moderatorKeyHash(boardId: string): string | undefined;
  /**
   * Applies the requests in order inside one durable transaction and answers each one. A request
   * whose op id the board already committed gets the stored result again and changes nothing.
   */
  commit(requests: CommitRequest[], now: number): OpResponse[];
  /** Changes after revision `since`, oldest first; undefined when the op log no longer reaches back. */
  changesSince(boardId: string, since: number): Committed[] | undefined;
  /** A cheap query that proves the database answers. */
  isHealthy(): boolean;
  close(): void;
}
