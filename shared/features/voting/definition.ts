import { defineFeature } from "../../core/feature";
import { votingEditTargets, votingOpVersions } from "./edits";
import { votingRules } from "./index";
import { VOTING_OPS } from "./ops";

/** Dot voting (rounds, ballots, tallies, priorities) and likes (VOTE-1..8, LIKE-1, LIKE-2). */
export const votingFeature = defineFeature({
  name: "voting",
  ops: VOTING_OPS,
  rules: votingRules,
  recordTypes: [
    { type: "votingRound", audiences: ["board"] },
    { type: "ballot", audiences: ["author", "authorOnly"] },
    { type: "voteTally", audiences: ["moderators", "board"] },
    { type: "cardPriority", audiences: ["board"] },
    { type: "likeSettings", audiences: ["board"] },
    { type: "like", audiences: ["authorOnly"] },
    { type: "likeCount", audiences: ["board"] },
  ],
  editTargets: votingEditTargets,
  since: votingOpVersions,
});
