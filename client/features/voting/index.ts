export { CardVotes } from "./CardVotes";
export { VotingPanel } from "./VotingPanel";
export { NO_VOTING, type VotingBoard, VotingContext, votingSelector } from "./votingBoard";
