import type { BoardState } from "../../shared/boardState";
import type { Committed } from "../../shared/changes";
import type { EditTarget } from "../../shared/core/feature";
import { getRecord } from "../../shared/core/recordState";
import type { BaseRecord } from "../../shared/core/records";
import type { Problem } from "../../shared/errors";
import type { OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { editTargetOf } from "./opTraits";
import type { PendingOp, PendingOps } from "./pendingOps";

/** An op that carries a baseVersion: an edit, which must never win over text its author did not see. */
export type TextEdit = Op & { baseVersion: number };

/** The same edit, based on another version. */
const rebased = (op: TextEdit, baseVersion: number): Op => ({ ...op, baseVersion }) as Op;

/** Whether an op is such an edit: one whose feature names the record it edits (opTraits.ts). */
export function isTextEdit(op: Op): op is TextEdit {
  return editTargetOf(op) !== undefined;
}

function editTarget(op: TextEdit): EditTarget {
  const target = editTargetOf(op);
  if (!target) throw new Error(`no edit target for ${op.type}`);
  return target;
}

const sameTarget = (a: EditTarget, b: EditTarget) => a.type === b.type && a.id === b.id;

const isTarget = (target: EditTarget, record: { type: string; id: string }) =>
  record.type === target.type && (target.id === null || record.id === target.id);

/** The record a text edit changes, as a state holds it; undefined when it is gone. */
export function targetIn(state: BoardState | null, op: TextEdit): BaseRecord | undefined {
  if (!state) return undefined;
  const target = editTarget(op);
  if (target.id !== null) return getRecord(state, { type: target.type, id: target.id });
  const ofType = state[target.type];
  return ofType ? Object.values(ofType)[0] : undefined;
}

/** The version of the edited record in a state; undefined when it is gone. */
export function versionIn(state: BoardState | null, op: TextEdit): number | undefined {
  return targetIn(state, op)?.version;
}

/** The version a committed change gave the edited record; undefined when it removed it or left it alone. */
function committedVersion(committed: Committed, op: TextEdit): number | undefined {
  const target = editTarget(op);
  for (const write of committed.writes) if ("put" in write && isTarget(target, write.put)) return write.put.version;
  return undefined;
}

/**
 * SYNC-9: a text edit based on the predicted version of a still pending edit of the same record
 * waits for that one. The user's new words also replace words held back by a conflict there.
 */
export function chained(pending: PendingOps, entry: PendingOp, confirmed: BoardState | null): PendingOp {
  const { op } = entry;
  if (!isTextEdit(op)) return entry;
  const target = editTarget(op);
  const sameRecord = (other: PendingOp) => isTextEdit(other.op) && sameTarget(editTarget(other.op), target);
  for (const held of pending.list()) if (held.blockedBy && sameRecord(held)) pending.remove(held.opId);
  const predecessor = pending.list().findLast(sameRecord);
  // Based on what the server committed (the user saw it): nothing to wait for.
  if (!predecessor || op.baseVersion === versionIn(confirmed, op)) return entry;
  return { ...entry, after: predecessor.opId };
}

/**
 * An op ended: the edits queued on it are rebased onto the version the server committed for it and
 * may go (`released`), or, when it was refused, are held back for the user (`held`, in order).
 */
export function settleChain(pending: PendingOps, opId: string, response: OpResponse) {
  const behind = new Set([opId]);
  const released: string[] = [];
  const held: PendingOp[] = [];
  for (const entry of pending.list()) {
    if (!entry.after || !behind.has(entry.after)) continue;
    const version =
      response.ok && entry.after === opId && isTextEdit(entry.op)
        ? committedVersion(response.committed, entry.op)
        : undefined;
    if (version !== undefined && isTextEdit(entry.op)) {
      pending.update({ opId: entry.opId, op: rebased(entry.op, version) });
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

/** The problem to show again for held-back words: the record as the server has it now. */
export function heldProblem(op: Op, confirmed: BoardState | null): Problem {
  const current = isTextEdit(op) ? targetIn(confirmed, op) : undefined;
  if (!current) return { code: "not_found", message: "This no longer exists." };
  return { code: "conflict", message: "This was saved meanwhile by someone else.", current };
}
