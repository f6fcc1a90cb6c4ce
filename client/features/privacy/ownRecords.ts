import type { BoardState } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import type { BaseRecord } from "../../../shared/core/records";

/** Record types the erase dialog names; any other type the person wrote counts as `other`. */
export const NAMED_KINDS = [
  "card",
  "registration",
  "impulse",
  "businessCard",
  "groupMembership",
  "ballot",
  "like",
  "calendarFeed",
] as const;
export type OwnKind = (typeof NAMED_KINDS)[number] | "other";

/** How many records of each kind `authorId` wrote on the board as this page holds it (DATA-2's dialog). */
export function ownRecordCounts(board: BoardState, authorId: string | null): Map<OwnKind, number> {
  const counts = new Map<OwnKind, number>();
  if (!authorId) return counts;
  for (const [type, records] of Object.entries(board)) {
    const kind: OwnKind = (NAMED_KINDS as readonly string[]).includes(type) ? (type as OwnKind) : "other";
    for (const record of Object.values((records ?? {}) as Record<string, BaseRecord>)) {
      if (isAuthorOf(record, authorId)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return counts;
}
