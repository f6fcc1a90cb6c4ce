import { authoredBy } from "../../core/personalData";
import { putWrite, type RecordWrite, removeWrite } from "../../core/records";
import { tallyOf } from "./ballots";
import { countWrite } from "./likeRules";
import type { Ballot, Like, VotingRound } from "./records";

/**
 * DATA-2: a person's ballots go. In an open round the tally loses their dots and them as a voter; a
 * closed round's result stays as it was decided (counts only, nobody in them, VOTE-4).
 */
export const ballotPersonalData = authoredBy<Ballot>(["vote", "name"], "voting", (view, own) => {
  const writes: RecordWrite[] = own.map(removeWrite);
  for (const ballot of own) {
    const round = view.get<VotingRound>("votingRound", ballot.roundId);
    const tally = round?.status === "open" ? tallyOf(view, ballot.roundId) : undefined;
    if (!tally) continue;
    const counts = { ...tally.counts };
    for (const [cardId, dots] of Object.entries(ballot.dots)) {
      const left = (counts[cardId] ?? 0) - dots;
      if (left > 0) counts[cardId] = left;
      else delete counts[cardId];
    }
    writes.push(putWrite({ ...tally, counts, voters: Math.max(0, tally.voters - 1), version: tally.version + 1 }));
  }
  return writes;
});

/** DATA-2: a person's likes go, and each card's count with them (as like.remove). */
export const likePersonalData = authoredBy<Like>(["like"], "voting", (view, own) => [
  ...own.map(removeWrite),
  ...own.map((like) => countWrite(view, like.cardId, -1)),
]);
