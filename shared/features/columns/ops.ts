import { z } from "zod";
import { EntityId, Rank } from "../../fields";
import { LIMITS } from "../../limits";
import { multiLineText, requiredText } from "../../text";

export const ColumnAddOp = z.strictObject({
  type: z.literal("column.add"),
  columnId: EntityId,
  title: requiredText(LIMITS.columnTitle),
  /** Optional (VAL-7): none. */
  description: multiLineText(LIMITS.columnDescription).default(""),
  rank: Rank,
});

/**
 * Changes only the title and keeps the description. Kept for pages from before COL-4 and the ops
 * they stored; today's pages send `column.update`.
 */
export const ColumnRenameOp = z.strictObject({
  type: z.literal("column.rename"),
  columnId: EntityId,
  title: requiredText(LIMITS.columnTitle),
  baseVersion: z.int().nonnegative(),
});

/** A moderator's edit of a column's title and description together (COL-3, COL-4). */
export const ColumnUpdateOp = z.strictObject({
  type: z.literal("column.update"),
  columnId: EntityId,
  title: requiredText(LIMITS.columnTitle),
  description: multiLineText(LIMITS.columnDescription),
  baseVersion: z.int().nonnegative(),
});

export const ColumnMoveOp = z.strictObject({
  type: z.literal("column.move"),
  columnId: EntityId,
  rank: Rank,
});

export const ColumnRemoveOp = z.strictObject({
  type: z.literal("column.remove"),
  columnId: EntityId,
});

export const COLUMN_OPS = [ColumnAddOp, ColumnRenameOp, ColumnUpdateOp, ColumnMoveOp, ColumnRemoveOp] as const;

export type ColumnOp = z.output<(typeof COLUMN_OPS)[number]>;
