import { z } from "zod";
import { IMPULSE_OPS } from "./features/impulses/ops";
import { MEETING_OPS } from "./features/meetings/ops";
import { NETWORKING_OPS } from "./features/networking/ops";
import { EntityId, HttpLink, Rank } from "./fields";
import { LIMITS } from "./limits";
import { BOARD_VIEWS } from "./model";
import { multiLineText, requiredText, userText } from "./text";

/**
 * Operations are what a client asks for. They are parsed with these strict schemas on the server;
 * the browser only imports their types, so zod stays out of the client bundle.
 */
export { EntityId, HttpLink, Rank } from "./fields";

export const TopicContentSchema = z.strictObject({
  kind: z.literal("topic"),
  title: requiredText(LIMITS.cardTitle),
  /** Optional, like every field whose absence has a meaning (VAL-7): no text, no link. */
  body: multiLineText(LIMITS.cardBody).default(""),
  link: HttpLink.nullable().default(null),
});

export const CardContentSchema = z.discriminatedUnion("kind", [TopicContentSchema]);

export const AuthorName = userText(LIMITS.authorName)
  .nullable()
  .transform((name) => (name ? name : null));

/** The views a board shows, in order, each once (VIEW-1). */
export const BoardViews = z
  .array(z.enum(BOARD_VIEWS))
  .min(1)
  .max(BOARD_VIEWS.length)
  .refine((views) => new Set(views).size === views.length, "each view at most once");

export const BoardUpdateOp = z.strictObject({
  type: z.literal("board.update"),
  title: requiredText(LIMITS.boardTitle),
  description: multiLineText(LIMITS.boardDescription),
  /** Optional (VAL-7): left out, the board keeps its views (pages from before VIEW-1 send none). */
  views: BoardViews.optional(),
  baseVersion: z.int().nonnegative(),
});

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

export const CardAddOp = z.strictObject({
  type: z.literal("card.add"),
  cardId: EntityId,
  columnId: EntityId,
  rank: Rank,
  authorName: AuthorName.default(null),
  content: CardContentSchema,
});

export const CardEditOp = z.strictObject({
  type: z.literal("card.edit"),
  cardId: EntityId,
  baseVersion: z.int().nonnegative(),
  content: CardContentSchema,
});

export const CardMoveOp = z.strictObject({
  type: z.literal("card.move"),
  cardId: EntityId,
  columnId: EntityId,
  rank: Rank,
});

export const CardRemoveOp = z.strictObject({
  type: z.literal("card.remove"),
  cardId: EntityId,
});

export const OpSchema = z.discriminatedUnion("type", [
  BoardUpdateOp,
  ColumnAddOp,
  ColumnRenameOp,
  ColumnUpdateOp,
  ColumnMoveOp,
  ColumnRemoveOp,
  CardAddOp,
  CardEditOp,
  CardMoveOp,
  CardRemoveOp,
  ...MEETING_OPS,
  ...IMPULSE_OPS,
  ...NETWORKING_OPS,
]);

export type Op = z.output<typeof OpSchema>;
export type OpType = Op["type"];
export type OpOf<T extends OpType> = Extract<Op, { type: T }>;

export const OpRequestSchema = z.strictObject({
  opId: EntityId,
  op: OpSchema,
});
export type OpRequest = z.output<typeof OpRequestSchema>;
