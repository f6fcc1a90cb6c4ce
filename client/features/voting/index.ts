export { CardVotes } from "./CardVotes";
export { VotingPanel } from "./VotingPanel";
export {
  type CardStanding,
  NO_VOTING,
  standingOf,
  type VotingBoard,
  VotingContext,
  votingSelector,
} from "./votingBoard";
