import { recordsOfAuthor } from "../../core/authorTags";
import type { RecordView } from "../../core/recordView";
import type { Card } from "../../model";
import type { Ballot, VoteTally, VotingRound } from "./records";

/** Whether a card takes votes in a round: its column is in the round's scope. */
export function inScope(round: VotingRound, card: Pick<Card, "columnId">): boolean {
  return round.columnIds === null || round.columnIds.includes(card.columnId);
}

/** The open round, if any (at most one is open, VOTE-1). */
export function openRound(view: RecordView): VotingRound | undefined {
  return view.list<VotingRound>("votingRound").find((round) => round.status === "open");
}

/**
 * `authorId`'s ballot in a round: found by author, not by id, so ballots made at once from several
 * tabs of one person are one (VOTE-3). Works with real ids (server) and tags (browser).
 */
export function ballotOf(view: RecordView, roundId: string, authorId: string): Ballot | undefined {
  return recordsOfAuthor<Ballot>(view, "ballot", authorId).find((ballot) => ballot.roundId === roundId);
}

/** A round's tally: the server always holds it; a browser only when its viewer may read it. */
export function tallyOf(view: RecordView, roundId: string): VoteTally | undefined {
  return view.where<VoteTally>("voteTally", "roundId", roundId)[0];
}

/** Dots a ballot has spent on cards that still exist (a deleted card gives its dots back). */
export function dotsUsed(view: RecordView, ballot: Ballot | undefined): number {
  if (!ballot) return 0;
  let used = 0;
  for (const [cardId, dots] of Object.entries(ballot.dots)) if (view.get("card", cardId)) used += dots;
  return used;
}

/** How many dots `authorId` has left in a round. */
export function dotsLeft(view: RecordView, round: VotingRound, authorId: string | null): number {
  if (!authorId) return 0;
  return Math.max(0, round.votesPerPerson - dotsUsed(view, ballotOf(view, round.id, authorId)));
}
