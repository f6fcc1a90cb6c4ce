import { type VotingOp, votingEditTargets, votingOpVersions, votingRules } from "../../../shared/features/voting";
import { defineClientFeature } from "../../core/clientFeature";

const none = () => "";

/** Dot voting and likes in the browser: predicted from the start, since votes sit on the columns' cards. */
export const votingClient = defineClientFeature<VotingOp>({
  name: "voting",
  ops: {
    "votingRound.open": { label: "action.votingRound.open", submittedText: (op) => op.title },
    "votingRound.close": { label: "action.votingRound.close", submittedText: none },
    // The name is the identity's, kept elsewhere: no words of the person to offer back.
    "vote.cast": { label: "action.vote.cast", submittedText: none, notWords: ["voterName"] },
    "vote.retract": { label: "action.vote.retract", submittedText: none },
    "priority.mark": { label: "action.priority.mark", submittedText: none },
    "priority.unmark": { label: "action.priority.unmark", submittedText: none },
    "likes.configure": { label: "action.likes.configure", submittedText: none },
    "like.add": { label: "action.like.add", submittedText: none },
    "like.remove": { label: "action.like.remove", submittedText: none },
  },
  editTargets: votingEditTargets,
  opVersions: votingOpVersions,
  rules: votingRules,
});
