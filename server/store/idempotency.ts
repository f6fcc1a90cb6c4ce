import { createHash } from "node:crypto";
import type { Actor } from "../../shared/model";
import type { CommitRequest } from "./BoardStore";

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
