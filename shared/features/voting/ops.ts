import { z } from "zod";
import { EntityId } from "../../fields";
import { LIMITS } from "../../limits";
import { userText } from "../../text";
import { VOTES_MAX, VOTES_MIN } from "./records";

const Votes = z.int().min(VOTES_MIN).max(VOTES_MAX);

/** VOTE-1: a moderator opens a round; its counts are kept in the tally the browser names. */
export const VotingRoundOpenOp = z
  .strictObject({
    type: z.literal("votingRound.open"),
    roundId: EntityId,
    tallyId: EntityId,
    title: userText(LIMITS.roundTitle).default(""),
    votesPerPerson: Votes.default(5),
    maxPerCard: Votes.default(3),
    anonymous: z.boolean().default(true),
    results: z.enum(["live", "atClose"]).default("atClose"),
    columnIds: z.array(EntityId).min(1).max(LIMITS.columnsPerBoard).nullable().default(null),
  })
  .refine((op) => op.maxPerCard <= op.votesPerPerson, {
    message: "must not exceed the votes per person",
    path: ["maxPerCard"],
  });

export const VotingRoundCloseOp = z.strictObject({ type: z.literal("votingRound.close"), roundId: EntityId });

/** One dot on a card. `ballotId` names the voter's ballot if this is their first dot in the round. */
export const VoteCastOp = z.strictObject({
  type: z.literal("vote.cast"),
  roundId: EntityId,
  cardId: EntityId,
  ballotId: EntityId,
  voterName: userText(LIMITS.authorName).nullable().default(null),
});

export const VoteRetractOp = z.strictObject({ type: z.literal("vote.retract"), roundId: EntityId, cardId: EntityId });

export const PriorityMarkOp = z.strictObject({
  type: z.literal("priority.mark"),
  cardIds: z.array(EntityId).min(1).max(LIMITS.prioritiesPerMark),
  roundId: EntityId.nullable().default(null),
});

export const PriorityUnmarkOp = z.strictObject({ type: z.literal("priority.unmark"), cardId: EntityId });

export const LikesConfigureOp = z.strictObject({ type: z.literal("likes.configure"), enabled: z.boolean() });

export const LikeAddOp = z.strictObject({ type: z.literal("like.add"), likeId: EntityId, cardId: EntityId });

export const LikeRemoveOp = z.strictObject({ type: z.literal("like.remove"), cardId: EntityId });

export const VOTING_OPS = [
  VotingRoundOpenOp,
  VotingRoundCloseOp,
  VoteCastOp,
  VoteRetractOp,
  PriorityMarkOp,
  PriorityUnmarkOp,
  LikesConfigureOp,
  LikeAddOp,
  LikeRemoveOp,
] as const;

export type VotingOp = z.output<(typeof VOTING_OPS)[number]>;
export type VotingOpOf<T extends VotingOp["type"]> = Extract<VotingOp, { type: T }>;
