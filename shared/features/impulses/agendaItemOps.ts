import { z } from "zod";
import { EntityId, Rank } from "../../fields";
import { LIMITS } from "../../limits";
import { requiredText } from "../../text";

/** AGENDA-1: how long an item may be, and how many a meeting holds. */
export const AGENDA_ITEM_LIMITS = { minutesMin: 1, minutesMax: 240, perMeeting: 20 } as const;

export const AgendaItemKindSchema = z.enum(["welcome", "break", "closing", "other"]);

const ItemFields = {
  kind: AgendaItemKindSchema,
  title: requiredText(LIMITS.impulseTitle),
  minutes: z.int().min(AGENDA_ITEM_LIMITS.minutesMin).max(AGENDA_ITEM_LIMITS.minutesMax),
};

/** A moderator puts an item on a meeting's agenda at `rank` (among its talks and items). */
export const AgendaItemAddOp = z.strictObject({
  type: z.literal("agendaItem.add"),
  itemId: EntityId,
  meetingId: EntityId,
  rank: Rank,
  ...ItemFields,
});
/** Its kind, title and minutes, based on the version the moderator saw. */
export const AgendaItemUpdateOp = z.strictObject({
  type: z.literal("agendaItem.update"),
  itemId: EntityId,
  baseVersion: z.int().nonnegative(),
  ...ItemFields,
});
/** Another place on its meeting's agenda (last writer wins, like a talk's move). */
export const AgendaItemMoveOp = z.strictObject({ type: z.literal("agendaItem.move"), itemId: EntityId, rank: Rank });
export const AgendaItemRemoveOp = z.strictObject({ type: z.literal("agendaItem.remove"), itemId: EntityId });

export const AGENDA_ITEM_OPS = [AgendaItemAddOp, AgendaItemUpdateOp, AgendaItemMoveOp, AgendaItemRemoveOp] as const;
