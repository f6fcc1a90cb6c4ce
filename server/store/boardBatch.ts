import type { Committed } from "../../shared/changes";
import type { RecordKey, RecordWrite } from "../../shared/core/records";
import { problem } from "../../shared/errors";
import type { BoardModel } from "../core/boardModel";
import { type BatchDecision, decideBatch } from "../ops/decideBatch";
import type { CommitRequest, CommitResponse } from "./BoardStore";
import { answerRepeat, type Receipt, type ReceiptBinding, receiptBinding } from "./idempotency";
import type { CachedBoard } from "./stateCache";

/** What every store does with one board's batch, whatever database it writes to. */

/** One board's share of a commit: its requests, and where their answers go in the whole batch. */
export interface BoardShare {
  boardId: string;
  indexes: number[];
  requests: CommitRequest[];
}

/** Splits a commit into its boards, each keeping its requests in order. */
export function sharesByBoard(requests: readonly CommitRequest[]): BoardShare[] {
  const byBoard = new Map<string, BoardShare>();
  requests.forEach((request, index) => {
    let share = byBoard.get(request.boardId);
    if (!share) {
      share = { boardId: request.boardId, indexes: [], requests: [] };
      byBoard.set(request.boardId, share);
    }
    share.indexes.push(index);
    share.requests.push(request);
  });
  return [...byBoard.values()];
}

/** Puts each board's answers back in the order of the requests they answer. */
export function inRequestOrder(
  total: number,
  answered: readonly { share: BoardShare; answers: CommitResponse[] }[],
): CommitResponse[] {
  const results: CommitResponse[] = new Array(total);
  for (const { share, answers } of answered) {
    share.indexes.forEach((index, position) => {
      results[index] = answers[position];
    });
  }
  return results;
}

const REFUSALS = {
  internal: "The server could not save this change.",
  store_unavailable: "The server cannot reach its database; the change is sent again shortly.",
  unknown_board: "This board does not exist.",
} as const;

/** The same refusal for every request of a share. */
export function refuseAll(requests: readonly CommitRequest[], code: keyof typeof REFUSALS): CommitResponse[] {
  return requests.map(() => ({ ok: false, problem: problem(code, REFUSALS[code]) }));
}

/** An op the batch commits, with the receipt it leaves (SYNC-13). */
export interface CommittedOp {
  committed: Committed;
  binding: ReceiptBinding;
}

export interface BoardBatch {
  results: CommitResponse[];
  /** In revision order; empty when nothing was committed. */
  committed: CommittedOp[];
  revision: number;
}

/**
 * Decides one board's batch on its records at the revision the transaction read (`current`, whose
 * records take each committed op's writes). A repeated op id is answered from the batch itself or
 * from `storedReceipt`, which looks the key up in the database and must answer synchronously.
 */
export function decideBoardBatch(input: {
  current: CachedBoard;
  requests: readonly CommitRequest[];
  now: number;
  applyOp: BoardModel["applyOp"];
  storedReceipt: (key: string, opId: string) => Receipt | undefined;
}): BoardBatch {
  const { current, requests, now, applyOp, storedReceipt } = input;
  const bindings = new Map<CommitRequest, ReceiptBinding>(requests.map((r) => [r, receiptBinding(r)]));
  const bindingOf = (request: CommitRequest) => bindings.get(request) as ReceiptBinding;
  const newReceipts = new Map<string, Receipt>();
  const decision: BatchDecision = decideBatch({
    records: current.records,
    revision: current.revision,
    requests,
    now,
    applyOp,
    repeatOf: (request) => {
      const binding = bindingOf(request);
      const receipt = newReceipts.get(binding.key) ?? storedReceipt(binding.key, request.opId);
      return receipt && answerRepeat(receipt, binding);
    },
    onCommitted: (request, committed) => {
      const { key, sender, request: asked } = bindingOf(request);
      newReceipts.set(key, { sender, request: asked, committed });
    },
  });
  return {
    results: decision.results,
    committed: decision.committed.map(({ request, committed }) => ({ committed, binding: bindingOf(request) })),
    revision: decision.revision,
  };
}

/**
 * The revision up to which the op log may be pruned after a batch took the board from `before` to
 * `after`, or undefined: the log is pruned each time the revision passes a thousand, keeping `retention`.
 */
export function pruneLogThrough(before: number, after: number, retention: number): number | undefined {
  if (Math.floor(after / 1000) === Math.floor(before / 1000) || after <= retention) return undefined;
  return after - retention;
}

/** An op log row as both stores read it. */
export interface LoggedRow {
  revision: number;
  opId: string;
  writes: string;
}

export const committedFromRow = (row: LoggedRow): Committed => ({
  revision: row.revision,
  opId: row.opId,
  writes: JSON.parse(row.writes) as RecordWrite[],
});

/** An idempotency receipt row (SYNC-13); sender and request are null for ops from before receipts. */
export interface ReceiptRow {
  sender: Buffer | null;
  request: Buffer | null;
  revision: number;
  /** From the op log; null once the log no longer holds the revision. */
  writes: string | null;
}

/**
 * A stored receipt. A retry whose change the log dropped comes from a client that has joined since,
 * at a later revision: it ignores the writes, and only needs to know the op is done.
 */
export function receiptFromRow(row: ReceiptRow, opId: string): Receipt {
  const writes = row.writes === null ? [] : (JSON.parse(row.writes) as RecordWrite[]);
  return { sender: row.sender, request: row.request, committed: { revision: row.revision, opId, writes } };
}

/**
 * The records a committed change asks the store to forget (NET-6): removes marked `forget`. The store
 * erases their earlier puts from the board's op log in the same transaction; it never knows their type.
 */
export function forgottenIn(committed: Committed): RecordKey[] {
  return committed.writes.flatMap((write) => ("remove" in write && write.forget ? [write.remove] : []));
}

/**
 * Text an op log entry that put this record must contain (its id as JSON writes it). Entries without
 * it are skipped unread; those with it are parsed and checked properly (withoutPutsOf).
 */
export const logNeedle = (key: RecordKey): string => `"id":${JSON.stringify(key.id)}`;

/**
 * A logged change's writes without any put of the forgotten record, as JSON; undefined when it held
 * none. The entry stays (with fewer or no writes), so every revision is still there for catching up:
 * a client that missed both the put and the remove simply never sees the record.
 */
export function withoutPutsOf(writes: string, key: RecordKey): string | undefined {
  const parsed = JSON.parse(writes) as RecordWrite[];
  const kept = parsed.filter((write) => !("put" in write && write.put.type === key.type && write.put.id === key.id));
  return kept.length === parsed.length ? undefined : JSON.stringify(kept);
}
