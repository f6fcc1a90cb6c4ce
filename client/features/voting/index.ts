export { CardVotes } from "./CardVotes";
export { VotingPanel } from "./VotingPanel";
export { type VotingBoard, VotingContext, votingSelector } from "./votingBoard";
