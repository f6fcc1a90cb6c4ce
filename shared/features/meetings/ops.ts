import { z } from "zod";
import { EmailAddress, EntityId, HttpLink, SecretHash } from "../../fields";
import { LIMITS } from "../../limits";
import { multiLineText, requiredText, userText } from "../../text";

/** YYYY-MM-DD that names a real day (no 31 February). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2027-01-24")
  .refine((text) => {
    const [year, month, day] = text.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, "must be a real day");

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 18:30");

const Email = EmailAddress;

/** What a moderator says about a meeting when adding or editing it. */
const MeetingFields = {
  theme: requiredText(LIMITS.meetingTheme),
  description: multiLineText(LIMITS.meetingDescription).default(""),
  date: CalendarDate,
  startTime: ClockTime,
  endTime: ClockTime,
  place: userText(LIMITS.meetingPlace).default(""),
  onlineLink: HttpLink.nullable().default(null),
  slots: z.int().min(0).max(LIMITS.impulseSlots).default(3),
  registration: z.enum(["open", "soon", "closed"]).default("open"),
  capacity: z.int().min(1).max(LIMITS.meetingCapacity).nullable().default(null),
  themeCardId: EntityId.nullable().default(null),
};

const endsAfterStart = (meeting: { startTime: string; endTime: string }) => meeting.endTime > meeting.startTime;
const END_AFTER_START = { message: "must end after it starts", path: ["endTime"] };

export const MeetingAddOp = z
  .strictObject({ type: z.literal("meeting.add"), meetingId: EntityId, ...MeetingFields })
  .refine(endsAfterStart, END_AFTER_START);

export const MeetingUpdateOp = z
  .strictObject({
    type: z.literal("meeting.update"),
    meetingId: EntityId,
    baseVersion: z.int().nonnegative(),
    ...MeetingFields,
  })
  .refine(endsAfterStart, END_AFTER_START);

export const MeetingCancelOp = z.strictObject({ type: z.literal("meeting.cancel"), meetingId: EntityId });

export const MeetingDocumentOp = z.strictObject({
  type: z.literal("meeting.document"),
  meetingId: EntityId,
  text: multiLineText(LIMITS.meetingDocumentation).default(""),
  link: HttpLink.nullable().default(null),
});

export const MeetingRemoveOp = z.strictObject({ type: z.literal("meeting.remove"), meetingId: EntityId });

export const RegistrationAddOp = z.strictObject({
  type: z.literal("registration.add"),
  registrationId: EntityId,
  meetingId: EntityId,
  name: requiredText(LIMITS.personName),
  email: Email,
});

export const RegistrationCancelOp = z.strictObject({
  type: z.literal("registration.cancel"),
  registrationId: EntityId,
});

/** MEET-8: this browser's personal calendar feed; replaces the author's earlier one, if any. */
export const CalendarFeedAddOp = z.strictObject({
  type: z.literal("calendarFeed.add"),
  feedId: EntityId,
  secretHash: SecretHash,
});

/** MEET-8: revokes a personal calendar feed; its URL answers 404 from then on. */
export const CalendarFeedRemoveOp = z.strictObject({ type: z.literal("calendarFeed.remove"), feedId: EntityId });

export const MEETING_OPS = [
  MeetingAddOp,
  MeetingUpdateOp,
  MeetingCancelOp,
  MeetingDocumentOp,
  MeetingRemoveOp,
  RegistrationAddOp,
  RegistrationCancelOp,
  CalendarFeedAddOp,
  CalendarFeedRemoveOp,
] as const;

export type MeetingOp = z.output<(typeof MEETING_OPS)[number]>;
export type MeetingOpOf<T extends MeetingOp["type"]> = Extract<MeetingOp, { type: T }>;
