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
  /** Unique per board and namespace: a repeat is a retry (SYNC-3, SYNC-13). */
  opId: string;
  op: Op;
  actor: Actor;
  /**
   * Where the op id lives: "op" (the default) for socket ops, "api" for the REST Idempotency-Key,
   * so that neither can claim an id of the other.
   */
  namespace?: "op" | "api";
  /**
   * What the sender asked for, when that is not the op itself: the REST body, since the op built
   * from it gets a fresh card id. A retry must ask for the same; the op id is refused otherwise.
   */
  asked?: unknown;
}

/**
 * The store's answer to one request. `replayed` marks a retry answered from its idempotency receipt:
 * it changed nothing now, so it is acknowledged to its sender and broadcast to nobody.
 */
export type CommitResponse = OpResponse | { ok: true; committed: Committed; replayed: true };

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
  /** The highest card rank in a column, to append there; null for an empty column. */
  lastCardRank(boardId: string, columnId: string): string | null;
  /** Undefined when the board does not exist. */
  moderatorKeyHash(boardId: string): string | undefined;
  /**
   * Applies the requests in order inside one durable transaction and answers each one. A request
   * whose op id the board already committed, from the same sender asking for the same, gets the
   * stored result again marked `replayed` and changes nothing, however old it is (SYNC-13); the same
   * op id from another sender or for something else is answered `op_id_reused`.
   */
  commit(requests: CommitRequest[], now: number): CommitResponse[];
  /** Changes after revision `since`, oldest first; undefined when the op log no longer reaches back. */
  changesSince(boardId: string, since: number): Committed[] | undefined;
  createAuthor(authorId: string, tokenHash: string, now: number): void;
  authorIdByTokenHash(tokenHash: string): string | undefined;
  /** A cheap query that proves the database answers. */
  isHealthy(): boolean;
  close(): void;
}
