import { z } from "zod";
import { EntityId, SecretHash } from "../../fields";
import { requiredText } from "../../text";
import { LINK_LABEL_LENGTH } from "./records";

/**
 * LINK-1: a moderator makes a special link: a submission-only link (no column) or a small group's
 * link for one column. The browser mints the secret and sends only its SHA-256 (LINK-6).
 */
export const LinkCreateOp = z.strictObject({
  type: z.literal("link.create"),
  linkId: EntityId,
  label: requiredText(LINK_LABEL_LENGTH),
  kind: z.enum(["submission", "group"]),
  columnId: EntityId.nullable().default(null),
  keyHash: SecretHash,
});

/** LINK-5: a moderator revokes a special link: it stops working at once, its holders are cut off. */
export const LinkRevokeOp = z.strictObject({ type: z.literal("link.revoke"), linkId: EntityId });

export const LINK_OPS = [LinkCreateOp, LinkRevokeOp] as const;

export type LinkOp = z.output<(typeof LINK_OPS)[number]>;
