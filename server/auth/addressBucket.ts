import { createHash } from "node:crypto";

/**
 * FAIR-4: a client address as a per-board bucket, so registrations can be counted per address
 * without keeping the address itself; the bucket never leaves the server (the registration's
 * redaction strips it for every viewer). Per board, like author ids (AUTH-4), so buckets of two
 * boards cannot be linked.
 */
export function addressBucketOf(boardId: string, address: string): string {
  return createHash("sha256").update(`address:${boardId}:${address}`).digest("base64url").slice(0, 22);
}
