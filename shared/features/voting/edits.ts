import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { VotingOp } from "./ops";

/** No voting op carries a baseVersion: dots and likes count up and down, they do not overwrite text. */
export const votingEditTargets: EditTargets<VotingOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const votingOpVersions: OpProtocolVersions<VotingOp> = {
  "votingRound.open": 7,
  "votingRound.close": 7,
  "vote.cast": 7,
  "vote.retract": 7,
  "priority.mark": 7,
  "priority.unmark": 7,
  "likes.configure": 7,
  "like.add": 7,
  "like.remove": 7,
};
