import { z } from "zod";
import { EntityId, SecretHash } from "../../fields";
import { LIMITS } from "../../limits";
import { addressText, multiLineText, requiredText } from "../../text";

const GroupFields = {
  name: requiredText(LIMITS.groupName),
  description: multiLineText(LIMITS.groupDescription).default(""),
  conveners: z.array(requiredText(LIMITS.personName)).max(LIMITS.convenersPerGroup).default([]),
  topicCardIds: z.array(EntityId).max(LIMITS.topicsPerGroup).default([]),
};

/**
 * AG-1: a moderator founds a working group, fresh or from a cluster (`clusterId`) with its cards. The
 * browser mints the conveners' link's secret and sends only its SHA-256 (AG-5).
 */
export const GroupCreateOp = z.strictObject({
  type: z.literal("group.create"),
  groupId: EntityId,
  ...GroupFields,
  clusterId: EntityId.nullable().default(null),
  convenerKeyHash: SecretHash,
});

export const GroupUpdateOp = z.strictObject({
  type: z.literal("group.update"),
  groupId: EntityId,
  baseVersion: z.int().nonnegative(),
  ...GroupFields,
});

/** Ends a working group with its memberships (their contacts erased from the op log too). */
export const GroupRemoveOp = z.strictObject({ type: z.literal("group.remove"), groupId: EntityId });

/** AG-5: a moderator replaces the conveners' link; the old one stops working. */
export const GroupNewConvenerLinkOp = z.strictObject({
  type: z.literal("group.newConvenerLink"),
  groupId: EntityId,
  convenerKeyHash: SecretHash,
});

/**
 * AG-2: "Ich mache mit": with a name, or one's own business card, and optionally a contact address
 * (email or phone) for the conveners and moderators, with the consent the person ticked (the rule
 * refuses a contact without it).
 */
export const GroupJoinOp = z.strictObject({
  type: z.literal("group.join"),
  groupId: EntityId,
  membershipId: EntityId,
  name: requiredText(LIMITS.personName),
  businessCardId: EntityId.nullable().default(null),
  contact: addressText().min(3).max(LIMITS.groupContact).nullable().default(null),
  consent: z
    .strictObject({ text: requiredText(LIMITS.consentText), given: z.literal(true) })
    .nullable()
    .default(null),
});

/** Leaves a group: the sender's own membership goes, its contact erased from the op log. */
export const GroupLeaveOp = z.strictObject({ type: z.literal("group.leave"), groupId: EntityId });

export const GROUP_OPS = [
  GroupCreateOp,
  GroupUpdateOp,
  GroupRemoveOp,
  GroupNewConvenerLinkOp,
  GroupJoinOp,
  GroupLeaveOp,
] as const;

export type GroupOp = z.output<(typeof GROUP_OPS)[number]>;
export type GroupOpOf<T extends GroupOp["type"]> = Extract<GroupOp, { type: T }>;
