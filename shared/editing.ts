import { z } from "zod";
import { EntityId } from "./fields";
import { LIMITS } from "./limits";
import { userText } from "./text";

/** Open card editors a browser tells the board about at once, at most. */
export const EDITING_CARDS_MAX = 20;

/**
 * What a browser says it edits (PRES-EDIT-1): the cards whose editors are open (none: it stopped)
 * and the display name to show (null: "jemand"). Volatile: never stored, never in the op log.
 */
export const EditingRequestSchema = z.strictObject({
  cardIds: z.array(EntityId).max(EDITING_CARDS_MAX),
  name: userText(LIMITS.authorName)
    .nullable()
    .transform((name) => name || null),
});
