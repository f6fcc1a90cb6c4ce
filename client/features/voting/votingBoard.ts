import { createContext, useContext } from "react";
import type { BoardState } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { viewOf } from "../../../shared/core/recordView";
import {
  type Ballot,
  type CardPriority,
  dotsLeft,
  type Like,
  type LikeCount,
  likesEnabled,
  openRound,
  tallyOf,
  type VoteTally,
  type VotingRound,
} from "../../../shared/features/voting";

/** What the cards and the voting panel read: the open round, this browser's dots and likes, what is shown. */
export interface VotingBoard {
  authorId: string | null;
  round: VotingRound | null;
  /** Every round, the newest first. */
  rounds: readonly VotingRound[];
  /** This browser's dots per card in the open round. */
  myDots: ReadonlyMap<string, number>;
  dotsLeft: number;
  /** The id of this browser's ballot in the open round, or one to make it with. */
  ballotId: string | null;
  /** Counts per round this viewer may read (live, revealed, or a moderator's). */
  tallies: ReadonlyMap<string, VoteTally>;
  priorities: ReadonlySet<string>;
  likesEnabled: boolean;
  likeCounts: ReadonlyMap<string, number>;
  myLikes: ReadonlySet<string>;
}

export const NO_VOTING: VotingBoard = {
  authorId: null,
  round: null,
  rounds: [],
  myDots: new Map(),
  dotsLeft: 0,
  ballotId: null,
  tallies: new Map(),
  priorities: new Set(),
  likesEnabled: false,
  likeCounts: new Map(),
  myLikes: new Set(),
};

/** The record types the voting board is made of. */
const TYPES = ["votingRound", "ballot", "voteTally", "cardPriority", "likeSettings", "like", "likeCount"];

const values = <R>(board: BoardState, type: string) => Object.values(board[type] ?? {}) as R[];

function votingOf(board: BoardState, authorId: string | null): VotingBoard {
  const view = viewOf(board);
  const rounds = values<VotingRound>(board, "votingRound").sort((a, b) => b.openedAt - a.openedAt);
  const round = openRound(view) ?? null;
  const mine =
    round && authorId
      ? values<Ballot>(board, "ballot").find((b) => b.roundId === round.id && isAuthorOf(b, authorId))
      : undefined;
  const tallies = new Map<string, VoteTally>();
  for (const each of rounds) {
    const tally = tallyOf(view, each.id);
    if (tally) tallies.set(each.id, tally);
  }
  return {
    authorId,
    round,
    rounds,
    myDots: new Map(Object.entries(mine?.dots ?? {})),
    dotsLeft: round ? dotsLeft(view, round, authorId) : 0,
    ballotId: mine?.id ?? null,
    tallies,
    priorities: new Set(values<CardPriority>(board, "cardPriority").map((priority) => priority.cardId)),
    likesEnabled: likesEnabled(view),
    likeCounts: new Map(values<LikeCount>(board, "likeCount").map((count) => [count.cardId, count.count])),
    myLikes: new Set(
      values<Like>(board, "like")
        .filter((like) => isAuthorOf(like, authorId))
        .map((like) => like.cardId),
    ),
  };
}

/**
 * The voting board for the page, worked out again only when a record type it reads changed (a
 * card's edit elsewhere on the board changes the `card` map: dots on a deleted card come back).
 */
export function votingSelector(): (board: BoardState, authorId: string | null) => VotingBoard {
  let last: { maps: unknown[]; cards: unknown; authorId: string | null; value: VotingBoard } | null = null;
  return (board, authorId) => {
    const maps = TYPES.map((type) => board[type]);
    // Cards matter only while a round is open (the dots left); otherwise a card's edit changes nothing here.
    const same =
      last?.authorId === authorId &&
      maps.every((map, index) => map === last?.maps[index]) &&
      (last.value.round === null || last.cards === board.card);
    if (same && last) return last.value;
    const value = votingOf(board, authorId);
    last = { maps, cards: board.card, authorId, value };
    return value;
  };
}

export const VotingContext = createContext<VotingBoard>(NO_VOTING);

export const useVoting = (): VotingBoard => useContext(VotingContext);

/** A card's standing in the votes, as this viewer may see it (a working group's topics show it, AG-6). */
export interface CardStanding {
  /** Its dots in the newest round whose counts this viewer may read; null when none. */
  votes: number | null;
  priority: boolean;
}

export function standingOf(voting: VotingBoard, cardId: string): CardStanding {
  const latest = voting.rounds.find((round) => voting.tallies.has(round.id));
  const votes = latest ? (voting.tallies.get(latest.id)?.counts[cardId] ?? 0) : null;
  return { votes, priority: voting.priorities.has(cardId) };
}
