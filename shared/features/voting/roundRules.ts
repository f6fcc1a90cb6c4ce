import { putWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { LIMITS } from "../../limits";
import { openRound, tallyOf } from "./ballots";
import type { VotingOp as Op } from "./ops";
import { rankingOf } from "./ranking";
import type { VoteTally, VotingRound } from "./records";

/** VOTE-1, VOTE-4, VOTE-6: moderators open and close rounds; closing ranks the cards and shows the counts. */
export const roundRules: OpRule<Op>[] = [
  rule<Op, "votingRound.open">({
    type: "votingRound.open",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (view.get("votingRound", op.roundId)) return fail(problem("already_exists", "A round with this id exists."));
      if (view.get("voteTally", op.tallyId)) return fail(problem("already_exists", "A tally with this id exists."));
      if (openRound(view)) return fail(problem("already_exists", "A voting round is open already: close it first."));
      if (view.count("votingRound") >= LIMITS.roundsPerBoard) {
        return fail(problem("limit_reached", `A board keeps at most ${LIMITS.roundsPerBoard} voting rounds.`));
      }
      const columnIds = op.columnIds === null ? null : [...new Set(op.columnIds)];
      if (columnIds?.some((columnId) => !view.get("column", columnId))) {
        return fail(problem("not_found", "A column of this round no longer exists."));
      }
      const round: VotingRound = {
        type: "votingRound",
        id: op.roundId,
        version: 1,
        audience: "board",
        authorId: null,
        title: op.title,
        votesPerPerson: op.votesPerPerson,
        maxPerCard: op.maxPerCard,
        anonymous: op.anonymous,
        results: op.results,
        columnIds,
        status: "open",
        openedAt: now,
        closedAt: null,
        ranking: null,
      };
      const tally: VoteTally = {
        type: "voteTally",
        id: op.tallyId,
        version: 1,
        // VOTE-4: hidden results reach the moderators only until the round closes.
        audience: op.results === "live" ? "board" : "moderators",
        authorId: null,
        roundId: op.roundId,
        counts: {},
        voters: 0,
      };
      return done(putWrite(round), putWrite(tally));
    },
  }),
  rule<Op, "votingRound.close">({
    type: "votingRound.close",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const round = view.get<VotingRound>("votingRound", op.roundId);
      if (!round) return fail(problem("not_found", "This voting round no longer exists."));
      if (round.status === "closed") return done();
      const tally = tallyOf(view, round.id);
      const counts = tally?.counts ?? {};
      const closed: VotingRound = {
        ...round,
        status: "closed",
        closedAt: now,
        ranking: rankingOf(view, round, counts),
        version: round.version + 1,
      };
      const revealed = tally && tally.audience !== "board" ? [putWrite({ ...tally, audience: "board" }, tally)] : [];
      return done(putWrite(closed), ...revealed);
    },
  }),
];
