import type { Committed } from "../../shared/changes";
import type { BaseRecord } from "../../shared/core/records";
import type { OpResponse } from "../../shared/events";
import type { Actor } from "../../shared/model";
import type { AnyOp } from "../core/boardModel";

export interface NewBoard {
  id: string;
  moderatorKeyHash: string;
  /** The board's first records (its board record, its template's columns), at revision 0. */
  records: BaseRecord[];
  createdAt: number;
}

export interface CommitRequest {
  boardId: string;
  /** Unique per board and namespace: a repeat is a retry (SYNC-3, SYNC-13). */
  opId: string;
  op: AnyOp;
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

/** A board's records at one revision (a copy: it does not change when the board does). */
export interface BoardAtRevision {
  revision: number;
  records: BaseRecord[];
}

/**
 * The store's answer to one request. `replayed` marks a retry answered from its idempotency receipt:
 * it changed nothing now, so it is acknowledged to its sender and broadcast to nobody.
 */
export type CommitResponse = OpResponse | { ok: true; committed: Committed; replayed: true };

/**
 * Where boards live. Records are stored without knowing their types; every method is asynchronous so
 * that a database server can take SQLite's place by passing the same contract suite (test/server).
 */
export interface BoardStore {
  createBoard(board: NewBoard): Promise<void>;
  /** The board's records at its current revision; undefined when the board does not exist. */
  readBoard(boardId: string): Promise<BoardAtRevision | undefined>;
  /** One record of the board at its current revision, from memory when the board is cached (a key check's lookup). */
  readRecord(boardId: string, type: string, id: string): Promise<BaseRecord | undefined>;
  /** The board's revision, one indexed read; undefined when the board does not exist. */
  revision(boardId: string): Promise<number | undefined>;
  /** Undefined when the board does not exist. */
  moderatorKeyHash(boardId: string): Promise<string | undefined>;
  /**
   * Applies the requests in order, one durable transaction per board at a time, and answers each. The
   * revision is read and bumped inside that transaction. A request whose op id the board already
   * committed, from the same sender asking for the same, gets the stored result again marked
   * `replayed` and changes nothing, however old it is (SYNC-13); the same op id from another sender
   * or for something else is answered `op_id_reused`.
   */
  commit(requests: CommitRequest[], now: number): Promise<CommitResponse[]>;
  /** Changes after revision `since`, oldest first; undefined when the op log no longer reaches back. */
  changesSince(boardId: string, since: number): Promise<Committed[] | undefined>;
  /**
   * OPS-5: removes the board and everything of it (records, op log, receipts) in one transaction, and
   * has the database erase the freed bytes (ERASE-1..2) as for a forgotten record. False when there
   * was no such board.
   */
  deleteBoard(boardId: string): Promise<boolean>;
  /** When the board last changed (its last commit, else its creation); undefined when there is no board. */
  lastActivity(boardId: string): Promise<number | undefined>;
  /** Up to `limit` boards whose last change was before `before` (OPS-6). */
  idleBoards(before: number, limit: number): Promise<string[]>;
  /** A cheap query that proves the database answers. */
  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}
