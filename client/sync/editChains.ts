import type { BoardState } from "../../shared/boardState";
import type { Change } from "../../shared/changes";
import type { Problem } from "../../shared/errors";
import type { OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import type { PendingOp, PendingOps } from "./pendingOps";

/** The ops that carry a baseVersion: text edits, which must never win over text their author did not see. */
export type TextEdit = Extract<Op, { type: "card.edit" | "board.update" | "column.rename" }>;

export function isTextEdit(op: Op): op is TextEdit {
  return op.type === "card.edit" || op.type === "board.update" || op.type === "column.rename";
}

/** Which entity a text edit changes: "board", "column:<id>" or "card:<id>". */
export function editedEntity(op: TextEdit): string {
  switch (op.type) {
    case "board.update":
      return "board";
    case "column.rename":
      return `column:${op.columnId}`;
    case "card.edit":
      return `card:${op.cardId}`;
  }
}

/** The version of the edited entity in a state; undefined when it is gone. */
export function versionIn(state: BoardState | null, op: TextEdit): number | undefined {
  if (!state) return undefined;
  switch (op.type) {
    case "board.update":
      return state.board.version;
    case "column.rename":
      return state.columns[op.columnId]?.version;
    case "card.edit":
      return state.cards[op.cardId]?.version;
  }
}

/** The version a committed change gave its entity; undefined for a removal. */
function committedVersion(change: Change): number | undefined {
  switch (change.type) {
    case "board.put":
      return change.board.version;
    case "column.put":
      return change.column.version;
    case "card.put":
      return change.card.version;
    default:
      return undefined;
  }
}

/**
 * SYNC-9: a text edit based on the predicted version of a still pending edit of the same entity
 * waits for that one. The user's new words also replace words held back by a conflict there.
 */
export function chained(pending: PendingOps, entry: PendingOp, confirmed: BoardState | null): PendingOp {
  const { op } = entry;
  if (!isTextEdit(op)) return entry;
  const entity = editedEntity(op);
  const sameEntity = (other: PendingOp) => isTextEdit(other.op) && editedEntity(other.op) === entity;
  for (const held of pending.list()) if (held.blockedBy && sameEntity(held)) pending.remove(held.opId);
  const predecessor = pending.list().findLast(sameEntity);
  // Based on what the server committed (the user saw it): nothing to wait for.
  if (!predecessor || op.baseVersion === versionIn(confirmed, op)) return entry;
  return { ...entry, after: predecessor.opId };
}

/**
 * An op ended: the edits queued on it are rebased onto the version the server committed for it and
 * may go (`released`), or, when it was refused, are held back for the user (`held`, in order).
 */
export function settleChain(pending: PendingOps, opId: string, response: OpResponse) {
  const version = response.ok ? committedVersion(response.committed.change) : undefined;
  const behind = new Set([opId]);
  const released: string[] = [];
  const held: PendingOp[] = [];
  for (const entry of pending.list()) {
    if (!entry.after || !behind.has(entry.after)) continue;
    if (entry.after === opId && version !== undefined && isTextEdit(entry.op)) {
      pending.update({ opId: entry.opId, op: { ...entry.op, baseVersion: version } });
      released.push(entry.opId);
    } else if (!response.ok) {
      behind.add(entry.opId);
      pending.update({ opId: entry.opId, op: entry.op, blockedBy: opId });
      held.push(entry);
    }
  }
  return { released, held };
}

/**
 * After a reload (or another tab's acknowledgement) an edit may wait on one that is no longer
 * pending, whose committed version this page never learnt. It cannot be rebased safely, so it is
 * held back like one behind a conflict. Returns the op ids newly held.
 */
export function holdOrphans(pending: PendingOps): string[] {
  const pendingIds = new Set(pending.list().map((entry) => entry.opId));
  const orphans = pending.list().filter((entry) => entry.after && !pendingIds.has(entry.after));
  for (const entry of orphans) pending.update({ opId: entry.opId, op: entry.op, blockedBy: entry.opId });
  return orphans.map((entry) => entry.opId);
}

/** Held-back edits whose problem is not shown (say, after a reload): the newest op of each group. */
export function unshownHeld(pending: PendingOps, shown: ReadonlySet<string>): Map<string, Op> {
  const newest = new Map<string, Op>();
  for (const entry of pending.list()) {
    if (entry.blockedBy && !shown.has(entry.blockedBy)) newest.set(entry.blockedBy, entry.op);
  }
  return newest;
}

/** The problem to show again for held-back words: the entity as the server has it now. */
export function heldProblem(op: Op, confirmed: BoardState | null): Problem {
  const current =
    op.type === "card.edit"
      ? confirmed?.cards[op.cardId]
      : op.type === "column.rename"
        ? confirmed?.columns[op.columnId]
        : confirmed?.board;
  if (!current) return { code: "not_found", message: "This no longer exists." };
  return { code: "conflict", message: "This was saved meanwhile by someone else.", current };
}
