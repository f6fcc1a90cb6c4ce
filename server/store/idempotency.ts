import { createHash } from "node:crypto";
import type { Committed } from "../../shared/changes";
import { problem } from "../../shared/errors";
import type { Actor } from "../../shared/model";
import type { CommitRequest, CommitResponse } from "./BoardStore";

/**
 * What an idempotency receipt (SYNC-13) binds an op id to: where the id lives, who sent the op and
 * what it asked for. A repeat that matches all three is a retry; anything else reuses the id.
 */
export interface ReceiptBinding {
  /** "op:<opId>" for socket ops, "api:<Idempotency-Key>" for the REST API: the two never meet. */
  key: string;
  /** SHA-256 of "role:authorId". */
  sender: Buffer;
  /** SHA-256 of the canonical JSON of what was asked (the op, or the REST body). */
  request: Buffer;
}

export function receiptBinding({ opId, op, actor, namespace, asked }: CommitRequest): ReceiptBinding {
  return {
    key: `${namespace ?? "op"}:${opId}`,
    sender: senderHash(actor),
    request: sha256(canonicalJson(asked === undefined ? op : asked)),
  };
}

export function senderHash(actor: Actor): Buffer {
  return sha256(`${actor.role}:${actor.authorId ?? ""}`);
}

/** JSON with every object's keys in code-unit order, so equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

const sha256 = (text: string): Buffer => createHash("sha256").update(text).digest();

/** A stored receipt; sender and request are null for ops committed before receipts existed. */
export interface Receipt {
  sender: Buffer | null;
  request: Buffer | null;
  committed: Committed;
}

/**
 * A repeated op id (SYNC-13). The same sender asking for the same gets the stored result, marked as a
 * replay; anyone else, or the same sender asking for something else, is refused and learns nothing of
 * it. A receipt from before receipts knew senders answers as the op log did: the stored result.
 */
export function answerRepeat(receipt: Receipt, binding: ReceiptBinding): CommitResponse {
  const unbound = receipt.sender === null || receipt.request === null;
  if (!unbound && !(receipt.sender?.equals(binding.sender) && receipt.request?.equals(binding.request))) {
    return {
      ok: false,
      problem: problem("op_id_reused", "This op id was already used for another change; send it with a new id."),
    };
  }
  return { ok: true, committed: receipt.committed, replayed: true };
}
