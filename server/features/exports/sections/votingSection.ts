import {
  type CardPriority,
  type LikeCount,
  type RankedCard,
  tallyOf,
  type VotingRound,
} from "../../../../shared/features/voting";
import type { Card } from "../../../../shared/model";
import type { ExportView } from "../exportView";
import { mdLine } from "../markdownText";
import type { CardFact, MinutesSection } from "./section";

const roundsOf = (board: ExportView) =>
  [...board.view.list<VotingRound>("votingRound")].sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));

const titleOf = (board: ExportView, cardId: string) => {
  const card = board.view.get<Card>("card", cardId);
  return card ? mdLine(card.content.title) : "–";
};

const rankedLines = (board: ExportView, cards: readonly RankedCard[]) =>
  cards.map(({ cardId, votes, place }) => `${place}. ${titleOf(board, cardId)} (${votes})`);

/**
 * A round as its receiver may see it: a closed round's ranking (top 3 and per column), an open one's
 * counts only where its tally reached the receiver (VOTE-3: hidden results are not in their view).
 */
function roundMarkdown(round: VotingRound, board: ExportView): string {
  const { words } = board;
  const state = round.status === "open" ? words.roundOpen : words.roundClosed;
  const parts = [`### ${mdLine(round.title) || words.votingRound} (${state})`];
  if (round.ranking) {
    parts.push(`#### ${words.top}\n\n${rankedLines(board, round.ranking.top).join("\n")}`);
    return parts.join("\n\n");
  }
  const tally = tallyOf(board.view, round.id);
  if (!tally) {
    parts.push(words.resultsHidden);
    return parts.join("\n\n");
  }
  const counts = Object.entries(tally.counts)
    .filter(([, votes]) => votes > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([cardId, votes]) => `- ${titleOf(board, cardId)} (${votes})`);
  parts.push(counts.length > 0 ? counts.join("\n") : words.noVotes);
  return parts.join("\n\n");
}

/** The voting rounds, oldest first, each with its ranking or the counts its receiver may see (EXP-7, VOTE-6). */
export const votingSection: MinutesSection = {
  name: "voting",
  markdown(board) {
    const rounds = roundsOf(board);
    if (rounds.length === 0) return null;
    return [`## ${board.words.voting}`, ...rounds.map((round) => roundMarkdown(round, board))].join("\n\n");
  },
};

/** A card's votes in the latest round whose counts reached the receiver; "" when none did. */
export const votesFact: CardFact = {
  name: "votes",
  header: (words) => words.votes,
  value(card, board) {
    for (const round of roundsOf(board).reverse()) {
      const tally = tallyOf(board.view, round.id);
      if (tally) return String(tally.counts[card.id] ?? 0);
    }
    return "";
  },
};

/** Whether a card was marked a priority (VOTE-7). */
export const priorityFact: CardFact = {
  name: "priority",
  header: (words) => words.priority,
  value: (card, board) =>
    [...board.view.list<CardPriority>("cardPriority")].some((priority) => priority.cardId === card.id)
      ? board.words.yes
      : "",
};

/** A card's likes (LIKE-1), when the board has any. */
export const likesFact: CardFact = {
  name: "likes",
  header: (words) => words.likes,
  value: (card, board) => {
    const count = board.view.get<LikeCount>("likeCount", card.id)?.count ?? 0;
    return count > 0 ? String(count) : "";
  },
};
