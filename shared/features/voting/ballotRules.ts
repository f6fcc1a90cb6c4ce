import { putWrite, type RecordWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { readableRecord } from "../../core/visibility";
import { problem } from "../../errors";
import type { Card } from "../../model";
import { ballotOf, dotsUsed, inScope, tallyOf } from "./ballots";
import type { VotingOp as Op } from "./ops";
import type { Ballot, VotingRound } from "./records";

function openRoundOf(view: RecordView, roundId: string) {
  const round = view.get<VotingRound>("votingRound", roundId);
  if (!round) return { refused: fail(problem("not_found", "This voting round no longer exists.")) };
  if (round.status !== "open") return { refused: fail(problem("forbidden", "This voting round is closed.")) };
  return { round };
}

/** The tally's new counts after `delta` dots on a card (none when this viewer may not read the tally). */
function tallyWrites(view: RecordView, roundId: string, cardId: string, delta: number, newVoter: boolean) {
  const tally = tallyOf(view, roundId);
  if (!tally) return [];
  const votes = (tally.counts[cardId] ?? 0) + delta;
  const counts = { ...tally.counts };
  if (votes > 0) counts[cardId] = votes;
  else delete counts[cardId];
  return [putWrite({ ...tally, counts, voters: tally.voters + (newVoter ? 1 : 0), version: tally.version + 1 })];
}

function withDots(ballot: Ballot, cardId: string, dots: number): Ballot {
  const next = { ...ballot.dots };
  if (dots > 0) next[cardId] = dots;
  else delete next[cardId];
  return { ...ballot, dots: next, version: ballot.version + 1 };
}

/**
 * VOTE-2, VOTE-3: one dot at a time. Every limit is checked against the board as committed so far:
 * a board's ops are applied one after another in one transaction, so a dot sent at the same moment
 * from another tab of the same person already counts here.
 */
export const ballotRules: OpRule<Op>[] = [
  rule<Op, "vote.cast">({
    type: "vote.cast",
    apply(view, op, actor) {
      if (!actor.authorId) return fail(problem("forbidden", "Voting needs this browser's author id."));
      const { round, refused } = openRoundOf(view, op.roundId);
      if (!round) return refused;
      // MOD-8: a card the voter may not read (waiting, rejected, hidden) is answered as one that does not exist.
      const card = readableRecord<Card>(view, "card", op.cardId, actor);
      if (!card) return fail(problem("not_found", "This card no longer exists."));
      if (!inScope(round, card)) return fail(problem("forbidden", "This card's column takes no votes in this round."));
      const existing = ballotOf(view, round.id, actor.authorId);
      if (dotsUsed(view, existing) >= round.votesPerPerson) {
        return fail(problem("limit_reached", `Each person has ${round.votesPerPerson} votes in this round.`));
      }
      const onCard = existing?.dots[card.id] ?? 0;
      if (onCard >= round.maxPerCard) {
        return fail(problem("limit_reached", `At most ${round.maxPerCard} votes of one person go to one card.`));
      }
      if (!existing && view.get("ballot", op.ballotId)) {
        return fail(problem("already_exists", "A ballot with this id exists."));
      }
      const ballot: Ballot = existing ?? {
        type: "ballot",
        id: op.ballotId,
        version: 0,
        // VIS-9: in an anonymous round nobody but the voter reads the ballot, moderators included.
        audience: round.anonymous ? "authorOnly" : "author",
        authorId: actor.authorId,
        roundId: round.id,
        dots: {},
        voterName: round.anonymous ? null : op.voterName,
      };
      const writes: RecordWrite[] = [
        putWrite(withDots(ballot, card.id, onCard + 1)),
        ...tallyWrites(view, round.id, card.id, 1, !existing),
      ];
      return done(...writes);
    },
  }),
  rule<Op, "vote.retract">({
    type: "vote.retract",
    apply(view, op, actor) {
      if (!actor.authorId) return fail(problem("forbidden", "Voting needs this browser's author id."));
      const { round, refused } = openRoundOf(view, op.roundId);
      if (!round) return refused;
      const ballot = ballotOf(view, round.id, actor.authorId);
      const onCard = ballot?.dots[op.cardId] ?? 0;
      if (!ballot || onCard === 0) return fail(problem("not_found", "You have no vote on this card."));
      return done(
        putWrite(withDots(ballot, op.cardId, onCard - 1)),
        ...tallyWrites(view, round.id, op.cardId, -1, false),
      );
    },
  }),
];
