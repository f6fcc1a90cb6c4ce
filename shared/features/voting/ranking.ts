import type { RecordView } from "../../core/recordView";
import type { Card, Column } from "../../model";
import { sortRanked } from "../../ordering";
import { inScope } from "./ballots";
import type { RankedCard, RoundRanking, VotingRound } from "./records";

const TOP_PLACES = 3;

/** Cards by votes (most first, then id for a stable order), with shared places for equal votes. */
export function ranked(votes: readonly { cardId: string; votes: number }[]): RankedCard[] {
  const sorted = votes
    .filter((entry) => entry.votes > 0)
    .sort((a, b) => b.votes - a.votes || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  let place = 0;
  return sorted.map((entry, index) => {
    if (index === 0 || sorted[index - 1].votes !== entry.votes) place = index + 1;
    return { cardId: entry.cardId, votes: entry.votes, place };
  });
}

/**
 * VOTE-6: a round's ranking from its counts, per column in scope that still exists (in the board's
 * order; for the whole board, those with votes) and board-wide: the first three places, ties included. Only cards that still exist and are
 * in scope count.
 */
export function rankingOf(view: RecordView, round: VotingRound, counts: Record<string, number>): RoundRanking {
  const byColumn = new Map<string, { cardId: string; votes: number }[]>();
  for (const [cardId, votes] of Object.entries(counts)) {
    const card = view.get<Card>("card", cardId);
    if (!card || !inScope(round, card)) continue;
    const entries = byColumn.get(card.columnId) ?? [];
    entries.push({ cardId, votes });
    byColumn.set(card.columnId, entries);
  }
  const columnIds = sortRanked(view.list<Column>("column"))
    .map((column) => column.id)
    .filter((columnId) => round.columnIds === null || round.columnIds.includes(columnId));
  const columns = columnIds
    .map((columnId) => ({ columnId, cards: ranked(byColumn.get(columnId) ?? []) }))
    // A round on the whole board lists the columns that got votes; one on chosen columns lists each.
    .filter((column) => round.columnIds !== null || column.cards.length > 0);
  const top = ranked([...byColumn.values()].flat()).filter((card) => card.place <= TOP_PLACES);
  return { columns, top };
}
