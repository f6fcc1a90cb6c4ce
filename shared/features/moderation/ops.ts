import { z } from "zod";
import { EntityId } from "../../fields";
import { requiredText, userText } from "../../text";
import { MODERATION_LIMITS } from "./records";

/** All moderation ops are moderators' (MOD-1..5); the rules say so with `moderatorOnly`. */
export const ApprovalSetOp = z.strictObject({ type: z.literal("moderation.approval"), on: z.boolean() });

export const WordsSetOp = z.strictObject({
  type: z.literal("moderation.words"),
  words: z.array(requiredText(MODERATION_LIMITS.wordLength)).max(MODERATION_LIMITS.words),
});

/** `columnId` null: the whole board. `hidden: false` reveals (MOD-3). */
export const HiddenSetOp = z.strictObject({
  type: z.literal("moderation.hide"),
  columnId: EntityId.nullable(),
  hidden: z.boolean(),
});

/** `columnId` null: the whole board. `lockAt` (server time, ms): locked from then on; null: at once (MOD-4). */
export const LockSetOp = z.strictObject({
  type: z.literal("moderation.lock"),
  columnId: EntityId.nullable(),
  locked: z.boolean(),
  lockAt: z.int().nonnegative().nullable().default(null),
});

export const NamesSetOp = z.strictObject({ type: z.literal("moderation.names"), shown: z.boolean() });

/** LINK-7: the board opens only through a link (moderators and special links' holders). */
export const LinksOnlySetOp = z.strictObject({ type: z.literal("moderation.linksOnly"), on: z.boolean() });

export const CardApproveOp = z.strictObject({ type: z.literal("moderation.approve"), cardId: EntityId });

export const CardRejectOp = z.strictObject({
  type: z.literal("moderation.reject"),
  cardId: EntityId,
  reason: userText(MODERATION_LIMITS.rejectReason).default(""),
});

export const MODERATION_OPS = [
  ApprovalSetOp,
  WordsSetOp,
  HiddenSetOp,
  LockSetOp,
  NamesSetOp,
  LinksOnlySetOp,
  CardApproveOp,
  CardRejectOp,
] as const;

export type ModerationOp = z.output<(typeof MODERATION_OPS)[number]>;
