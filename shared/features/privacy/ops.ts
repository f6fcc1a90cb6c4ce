import { z } from "zod";

/** DATA-2: everything the sender authored on the board goes, in one change. No fields: whose is the sender's. */
export const AuthorEraseOp = z.strictObject({ type: z.literal("author.erase") });

export const PRIVACY_OPS = [AuthorEraseOp] as const;

export type PrivacyOp = z.output<(typeof PRIVACY_OPS)[number]>;
