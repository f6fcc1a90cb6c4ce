import type { VoteTally, VotingRound } from "../../../shared/features/voting";

/** One row of the rounds' comparison: a card and its votes in each round, in the rounds' order. */
export interface CompareRow {
  cardId: string;
  votes: number[];
}

/** VOTE-8: every card with votes in any of the rounds, most votes over all rounds first (then by id). */
export function compareRows(rounds: readonly VotingRound[], tallies: ReadonlyMap<string, VoteTally>): CompareRow[] {
  const countsOf = rounds.map((round) => tallies.get(round.id)?.counts ?? {});
  const cardIds = [...new Set(countsOf.flatMap((counts) => Object.keys(counts)))];
  const rows = cardIds.map((cardId) => ({ cardId, votes: countsOf.map((counts) => counts[cardId] ?? 0) }));
  const total = (row: CompareRow) => row.votes.reduce((sum, votes) => sum + votes, 0);
  return rows.sort((a, b) => total(b) - total(a) || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
}
