import { z } from "zod";
import { EntityId } from "./ops";

export const SecretToken = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export const JoinRequestSchema = z.strictObject({
  boardId: EntityId,
  /** The revision the client holds; null or left out: none, send the whole board. */
  since: z.int().nonnegative().nullable().default(null),
  /** The client's PROTOCOL_VERSION; clients from before versioning sent none, which counts as 1. */
  protocol: z.int().positive().default(1),
  moderatorKey: SecretToken.optional(),
  authorToken: SecretToken.optional(),
});
