import type { VotingOp } from "../../../shared/features/voting";
import type { OpOf } from "../../../shared/ops";
import { PLENARY } from "./boardUnderTest";
import type { FixtureContext, OpFixture } from "./opFixtures";

/**
 * VIS-8 for dot voting and likes (VOTE-4, VOTE-5, LIKE-2): a hidden tally's id is a marker only
 * moderators read, an anonymous ballot's id one only its voter reads, a named ballot's id and name
 * the voter's and the moderators', a like's id its author's alone. One round is open at a time, so a
 * fixture closes the round an earlier one left open; its tally is then everyone's.
 */
const openRounds = new WeakMap<object, { roundId: string; tallyMarker: string | null }>();

async function closeLeftOver({ board }: FixtureContext): Promise<void> {
  const open = openRounds.get(board);
  if (!open) return;
  openRounds.delete(board);
  await board.send("moderator", { type: "votingRound.close", roundId: open.roundId });
  if (open.tallyMarker) board.markers.widen(open.tallyMarker, PLENARY);
}

async function cardInNewColumn({ board }: FixtureContext): Promise<{ columnId: string; cardId: string }> {
  const columnId = board.id("column");
  const cardId = board.id("card");
  await board.send("moderator", { type: "column.add", columnId, title: "Abstimmung", description: "", rank: "v0" });
  await board.send("author", {
    type: "card.add",
    cardId,
    columnId,
    rank: "a0",
    authorName: "Alice",
    content: { kind: "topic", title: "Radwege", body: "", link: null },
  });
  return { columnId, cardId };
}

/** The op opening a hidden round on one column, its tally id a marker for the moderators. */
async function roundOpen(context: FixtureContext, anonymous: boolean): Promise<OpOf<"votingRound.open">> {
  await closeLeftOver(context);
  const { columnId } = await cardInNewColumn(context);
  const roundId = context.board.id("round");
  const tallyId = context.mark.text("tallyId", ["moderator"]);
  openRounds.set(context.board, { roundId, tallyMarker: tallyId });
  return {
    type: "votingRound.open",
    roundId,
    tallyId,
    title: "Runde",
    votesPerPerson: 5,
    maxPerCard: 3,
    anonymous,
    results: "atClose",
    columnIds: [columnId],
  };
}

/** A hidden round with a card in it, opened: what a vote needs. */
async function openWithCard(context: FixtureContext, anonymous: boolean) {
  const open = await roundOpen(context, anonymous);
  await context.board.send("moderator", open);
  const cardId = context.board.id("card");
  await context.board.send("author", {
    type: "card.add",
    cardId,
    columnId: open.columnIds?.[0] ?? "",
    rank: "a1",
    authorName: null,
    content: { kind: "topic", title: "Bänke", body: "", link: null },
  });
  return { roundId: open.roundId, tallyId: open.tallyId, cardId };
}

function voteCast(context: FixtureContext, roundId: string, cardId: string, anonymous: boolean): OpOf<"vote.cast"> {
  const readers = anonymous ? (["author"] as const) : (["author", "moderator"] as const);
  return {
    type: "vote.cast",
    roundId,
    cardId,
    ballotId: context.mark.text("ballotId", [...readers]),
    voterName: anonymous ? null : context.mark.text("voterName", [...readers]),
  };
}

async function likesOn({ board }: FixtureContext): Promise<void> {
  await board.send("moderator", { type: "likes.configure", enabled: true });
}

export const VOTING_FIXTURES: { [T in VotingOp["type"]]: OpFixture<T> } = {
  "votingRound.open": { by: "moderator", prepare: (context) => roundOpen(context, true) },
  "votingRound.close": {
    by: "moderator",
    prepare: async (context) => {
      const { roundId, tallyId, cardId } = await openWithCard(context, true);
      await context.board.send("author", voteCast(context, roundId, cardId, true));
      openRounds.delete(context.board);
      // Closing reveals the counts: the tally is everyone's on the board from now on.
      context.board.markers.widen(tallyId, PLENARY);
      return { type: "votingRound.close", roundId };
    },
  },
  "vote.cast": {
    by: "author",
    prepare: async (context) => {
      const { roundId, cardId } = await openWithCard(context, true);
      return voteCast(context, roundId, cardId, true);
    },
  },
  "vote.retract": {
    by: "author",
    prepare: async (context) => {
      const { roundId, cardId } = await openWithCard(context, false);
      await context.board.send("author", voteCast(context, roundId, cardId, false));
      return { type: "vote.retract", roundId, cardId };
    },
  },
  "priority.mark": {
    by: "moderator",
    prepare: async (context) => {
      const { cardId } = await cardInNewColumn(context);
      return { type: "priority.mark", cardIds: [cardId], roundId: null };
    },
  },
  "priority.unmark": {
    by: "moderator",
    prepare: async (context) => {
      const { cardId } = await cardInNewColumn(context);
      await context.board.send("moderator", { type: "priority.mark", cardIds: [cardId], roundId: null });
      return { type: "priority.unmark", cardId };
    },
  },
  "likes.configure": { by: "moderator", prepare: async () => ({ type: "likes.configure", enabled: true }) },
  "like.add": {
    by: "author",
    prepare: async (context) => {
      await likesOn(context);
      const { cardId } = await cardInNewColumn(context);
      return { type: "like.add", likeId: context.mark.text("likeId", ["author"]), cardId };
    },
  },
  "like.remove": {
    by: "author",
    prepare: async (context) => {
      await likesOn(context);
      const { cardId } = await cardInNewColumn(context);
      await context.board.send("author", { type: "like.add", likeId: context.mark.text("likeId", ["author"]), cardId });
      return { type: "like.remove", cardId };
    },
  },
};
