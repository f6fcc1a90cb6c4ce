import { z } from "zod";
import { EntityId } from "./ops";

export const SecretToken = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A special link's key (LINK-1): `<linkId>.<secret>`, as its fragment carries it. */
export const LinkKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}\.[A-Za-z0-9_-]{16,128}$/, "must be <linkId>.<secret>");

export const JoinRequestSchema = z.strictObject({
  boardId: EntityId,
  /** The revision the client holds; null or left out: none, send the whole board. */
  since: z.int().nonnegative().nullable().default(null),
  /** The client's PROTOCOL_VERSION; clients from before versioning sent none, which counts as 1. */
  protocol: z.int().positive().default(1),
  moderatorKey: SecretToken.optional(),
  authorToken: SecretToken.optional(),
  /** A special link's key (LINK-3): the join reads only what the link opens. */
  linkKey: LinkKey.optional(),
});
