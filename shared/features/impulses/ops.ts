import { z } from "zod";
import { EmailAddress, EntityId, Rank } from "../../fields";
import { LIMITS } from "../../limits";
import { multiLineText, requiredText, userText } from "../../text";
import { AGENDA_ITEM_OPS } from "./agendaItemOps";

const Note = multiLineText(LIMITS.impulseNote).default("");

/** What a presenter says about their offer. */
const OfferFields = {
  title: requiredText(LIMITS.impulseTitle),
  abstract: multiLineText(LIMITS.impulseAbstract).default(""),
  presenterName: requiredText(LIMITS.personName),
  organisation: userText(LIMITS.organisation).default(""),
  minutes: z.int().min(LIMITS.impulseMinutesMin).max(LIMITS.impulseMinutesMax).default(10),
  preferredMeetingId: EntityId.nullable().default(null),
  contactEmail: EmailAddress,
  noteToModerators: Note,
};

export const ImpulseOfferOp = z.strictObject({ type: z.literal("impulse.offer"), impulseId: EntityId, ...OfferFields });
export const ImpulseEditOp = z.strictObject({
  type: z.literal("impulse.edit"),
  impulseId: EntityId,
  baseVersion: z.int().nonnegative(),
  ...OfferFields,
});
export const ImpulseWithdrawOp = z.strictObject({ type: z.literal("impulse.withdraw"), impulseId: EntityId });
export const ImpulseAcceptOp = z.strictObject({ type: z.literal("impulse.accept"), impulseId: EntityId, note: Note });
export const ImpulseDeclineOp = z.strictObject({ type: z.literal("impulse.decline"), impulseId: EntityId, note: Note });
/** Puts an accepted impulse on a meeting's agenda, or moves a scheduled one (another place or meeting). */
export const ImpulseScheduleOp = z.strictObject({
  type: z.literal("impulse.schedule"),
  impulseId: EntityId,
  meetingId: EntityId,
  rank: Rank,
});
export const ImpulseCancelOp = z.strictObject({ type: z.literal("impulse.cancel"), impulseId: EntityId, note: Note });
export const ImpulseHeldOp = z.strictObject({ type: z.literal("impulse.held"), impulseId: EntityId });

/** A moderator deletes an offer, its contact data with it (FAIR-3). */
export const ImpulseRemoveOp = z.strictObject({ type: z.literal("impulse.remove"), impulseId: EntityId });

export const IMPULSE_OPS = [
  ImpulseOfferOp,
  ImpulseEditOp,
  ImpulseWithdrawOp,
  ImpulseAcceptOp,
  ImpulseDeclineOp,
  ImpulseScheduleOp,
  ImpulseCancelOp,
  ImpulseHeldOp,
  ImpulseRemoveOp,
  ...AGENDA_ITEM_OPS,
] as const;

export type ImpulseOp = z.output<(typeof IMPULSE_OPS)[number]>;
export type ImpulseOpOf<T extends ImpulseOp["type"]> = Extract<ImpulseOp, { type: T }>;
