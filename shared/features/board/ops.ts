import { z } from "zod";
import { LIMITS } from "../../limits";
import { BOARD_VIEWS } from "../../model";
import { multiLineText, requiredText } from "../../text";

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

export const BOARD_OPS = [BoardUpdateOp] as const;

export type BoardOp = z.output<(typeof BOARD_OPS)[number]>;
