import { z } from "zod";
import { EntityId, HttpLink, Rank } from "../../fields";
import { LIMITS } from "../../limits";
import { multiLineText, requiredText, userText } from "../../text";

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

export const TOPIC_OPS = [CardAddOp, CardEditOp, CardMoveOp, CardRemoveOp] as const;

export type TopicOp = z.output<(typeof TOPIC_OPS)[number]>;
