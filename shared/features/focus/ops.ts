import { z } from "zod";
import { EntityId } from "../../fields";
import { FOCUS_KINDS, type FocusKind } from "./records";

const FocusKindSchema = z.enum(Object.keys(FOCUS_KINDS) as [FocusKind, ...FocusKind[]]);

/** PROJ-1: a moderator puts a column, a working group or a meeting in focus, or none (null). */
export const FocusSetOp = z.strictObject({
  type: z.literal("focus.set"),
  target: z.strictObject({ kind: FocusKindSchema, id: EntityId }).nullable(),
});

export const FOCUS_OPS = [FocusSetOp] as const;

export type FocusOp = z.output<(typeof FOCUS_OPS)[number]>;
