import type { OpRule } from "../../core/ruleBook";
import { ballotRules } from "./ballotRules";
import { likeRules } from "./likeRules";
import type { VotingOp as Op } from "./ops";
import { priorityRules } from "./priorityRules";
import { roundRules } from "./roundRules";

export { ballotOf, dotsLeft, dotsUsed, inScope, openRound, tallyOf } from "./ballots";
export { votingEditTargets, votingOpVersions } from "./edits";
export { likeOf, likesEnabled } from "./likeRules";
export type { VotingOp, VotingOpOf } from "./ops";
export { ranked, rankingOf } from "./ranking";
export {
  type Ballot,
  type CardPriority,
  LIKE_SETTINGS_ID,
  type Like,
  type LikeCount,
  type LikeSettings,
  type RankedCard,
  type ResultsShown,
  type RoundRanking,
  VOTES_MAX,
  VOTES_MIN,
  type VoteTally,
  type VotingRound,
} from "./records";

/** Every voting rule: the browser predicts with them from the start (votes are on the columns view). */
export const votingRules: readonly OpRule<Op>[] = [...roundRules, ...ballotRules, ...priorityRules, ...likeRules];
