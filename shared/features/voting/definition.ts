import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { votingEditTargets, votingOpVersions } from "./edits";
import { votingRules } from "./index";
import { VOTING_OPS } from "./ops";
import { ballotPersonalData, likePersonalData } from "./personal";

/** Dot voting (rounds, ballots, tallies, priorities) and likes (VOTE-1..8, LIKE-1, LIKE-2). */
export const votingFeature = defineFeature({
  name: "voting",
  ops: VOTING_OPS,
  rules: votingRules,
  recordTypes: [
    { type: "votingRound", audiences: ["board"], personal: NO_PERSONAL_DATA },
    { type: "ballot", audiences: ["author", "authorOnly"], personal: ballotPersonalData },
    { type: "voteTally", audiences: ["moderators", "board"], personal: NO_PERSONAL_DATA },
    { type: "cardPriority", audiences: ["board"], personal: NO_PERSONAL_DATA },
    { type: "likeSettings", audiences: ["board"], personal: NO_PERSONAL_DATA },
    { type: "like", audiences: ["authorOnly"], personal: likePersonalData },
    { type: "likeCount", audiences: ["board"], personal: NO_PERSONAL_DATA },
  ],
  editTargets: votingEditTargets,
  since: votingOpVersions,
});
