import { z } from "zod";
import { EntityId, SecretHash } from "../../fields";
import { LIMITS } from "../../limits";
import { requiredText } from "../../text";

/** COMOD-2: the board's moderator makes a co-moderator link; the browser mints its secret and sends only the hash. */
export const ModeratorInviteCreateOp = z.strictObject({
  type: z.literal("moderatorInvite.create"),
  inviteId: EntityId,
  label: requiredText(LIMITS.personName),
  keyHash: SecretHash,
});

/** COMOD-3: the board's moderator revokes one co-moderator link; it stops working at once. */
export const ModeratorInviteRevokeOp = z.strictObject({
  type: z.literal("moderatorInvite.revoke"),
  inviteId: EntityId,
});

export const COMODERATOR_OPS = [ModeratorInviteCreateOp, ModeratorInviteRevokeOp] as const;

export type ComoderatorOp = z.output<(typeof COMODERATOR_OPS)[number]>;
export type ComoderatorOpOf<T extends ComoderatorOp["type"]> = Extract<ComoderatorOp, { type: T }>;
