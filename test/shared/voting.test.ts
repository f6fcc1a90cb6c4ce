import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { withAuthorTag } from "../../shared/core/authorTags";
import type { BaseRecord } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor } from "../../shared/core/visibility";
import { type Ballot, dotsLeft, likeOf, ranked, type VoteTally, type VotingRound } from "../../shared/features/voting";
import type { Actor } from "../../shared/model";
import { OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, card, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Record<string, unknown>, actor: Actor): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, 1_000);
function apply(state: BoardState, op: Record<string, unknown>, actor: Actor): BoardState {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}
const codeOf = (state: BoardState, op: Record<string, unknown>, actor: Actor) => {
  const outcome = run(state, op, actor);
  return outcome.ok ? "ok" : outcome.problem.code;
};

const open = (settings: Record<string, unknown> = {}) => ({
  type: "votingRound.open",
  roundId: "round-0001",
  tallyId: "tally-0001",
  ...settings,
});
const cast = (cardId: string, ballotId = "ballot-0001") => ({
  type: "vote.cast",
  roundId: "round-0001",
  cardId,
  ballotId,
  voterName: "Alice",
});
const retract = (cardId: string) => ({ type: "vote.retract", roundId: "round-0001", cardId });

const records = (state: BoardState, type: string) => Object.values(state[type] ?? {}) as BaseRecord[];
const tallyIn = (state: BoardState) => state.voteTally?.["tally-0001"] as VoteTally;
const roundIn = (state: BoardState) => state.votingRound?.["round-0001"] as VotingRound;
const ballotsIn = (state: BoardState) => records(state, "ballot") as Ballot[];

/** A board with three more cards: card-0003 in col-bbbb. */
function board(): BoardState {
  return applyCommitted(sampleState(), {
    writes: [{ put: card("card-0003", "col-bbbb", "a0") }, { put: card("card-0004", "col-bbbb", "a1") }],
  });
}

describe("dot voting (VOTE-1..8)", () => {
  it("VOTE-1 only a moderator opens a round; settings default to 5 votes, 3 per card, anonymous, shown at close", () => {
    expect(codeOf(board(), open(), alice)).toBe("forbidden");
    const state = apply(board(), open(), moderator);
    expect(roundIn(state)).toMatchObject({
      status: "open",
      votesPerPerson: 5,
      maxPerCard: 3,
      anonymous: true,
      results: "atClose",
      columnIds: null,
    });
    expect(tallyIn(state)).toMatchObject({ audience: "moderators", counts: {}, voters: 0 });
    // One open round at a time; unknown columns and out-of-range settings are refused.
    expect(codeOf(state, open({ roundId: "round-0002", tallyId: "tally-0002" }), moderator)).toBe("already_exists");
    expect(codeOf(board(), open({ columnIds: ["col-missing"] }), moderator)).toBe("not_found");
    expect(() => OpSchema.parse(open({ votesPerPerson: 13 }))).toThrow();
    expect(() => OpSchema.parse(open({ votesPerPerson: 0 }))).toThrow();
    expect(() => OpSchema.parse(open({ votesPerPerson: 2, maxPerCard: 3 }))).toThrow();
    expect(() => OpSchema.parse({ ...cast("card-0001"), extra: 1 })).toThrow();
  });

  it("VOTE-2 a person places and takes back dots; the tally follows and remaining votes are counted", () => {
    let state = apply(board(), open({ results: "live" }), moderator);
    state = apply(state, cast("card-0001"), alice);
    state = apply(state, cast("card-0001", "ballot-other"), alice);
    state = apply(state, cast("card-0003"), alice);
    expect(ballotsIn(state)).toHaveLength(1);
    expect(ballotsIn(state)[0]).toMatchObject({ id: "ballot-0001", dots: { "card-0001": 2, "card-0003": 1 } });
    expect(tallyIn(state)).toMatchObject({ counts: { "card-0001": 2, "card-0003": 1 }, voters: 1 });
    expect(dotsLeft(viewOf(state), roundIn(state), alice.authorId)).toBe(2);
    state = apply(state, retract("card-0001"), alice);
    expect(tallyIn(state).counts).toEqual({ "card-0001": 1, "card-0003": 1 });
    expect(dotsLeft(viewOf(state), roundIn(state), alice.authorId)).toBe(3);
    expect(codeOf(state, retract("card-0004"), alice)).toBe("not_found");
    expect(codeOf(state, retract("card-0001"), bob)).toBe("not_found");
    // Another person's ballot id is not theirs to take.
    expect(codeOf(state, cast("card-0001", "ballot-0001"), bob)).toBe("already_exists");
  });

  it("VOTE-3 the per-person and per-card limits hold, counted on the board as it is; a deleted card gives dots back", () => {
    let state = apply(board(), open({ votesPerPerson: 4, maxPerCard: 2 }), moderator);
    state = apply(state, cast("card-0001"), alice);
    state = apply(state, cast("card-0001"), alice);
    expect(codeOf(state, cast("card-0001"), alice)).toBe("limit_reached");
    state = apply(state, cast("card-0002"), alice);
    state = apply(state, cast("card-0003"), alice);
    expect(codeOf(state, cast("card-0004"), alice)).toBe("limit_reached");
    expect(codeOf(state, cast("card-0004", "ballot-bob-01"), bob)).toBe("ok");
    state = apply(state, { type: "card.remove", cardId: "card-0002" }, alice);
    expect(dotsLeft(viewOf(state), roundIn(state), alice.authorId)).toBe(1);
    expect(codeOf(state, cast("card-0004"), alice)).toBe("ok");
  });

  it("VOTE-3 cards outside the round's columns take no votes; a closed round takes none at all", () => {
    let state = apply(board(), open({ columnIds: ["col-aaaa"] }), moderator);
    expect(codeOf(state, cast("card-0003"), alice)).toBe("forbidden");
    expect(codeOf(state, cast("card-0001"), alice)).toBe("ok");
    expect(codeOf(state, cast("card-0001"), { role: "participant", authorId: null })).toBe("forbidden");
    state = apply(state, { type: "votingRound.close", roundId: "round-0001" }, moderator);
    expect(codeOf(state, cast("card-0001"), alice)).toBe("forbidden");
    expect(codeOf(state, { type: "votingRound.close", roundId: "round-0001" }, moderator)).toBe("ok");
  });

  it("VOTE-4 hidden results: the tally reaches moderators only until the round closes, then everyone", () => {
    let state = apply(board(), open(), moderator);
    state = apply(state, cast("card-0001"), alice);
    const participant: Actor = { role: "participant", authorId: bob.authorId };
    const shown = (viewer: Actor) => recordsFor(records(state, "voteTally"), viewer, redactRecord).map((r) => r.id);
    expect(shown(participant)).toEqual([]);
    expect(shown({ role: "moderator", authorId: null })).toEqual(["tally-0001"]);
    state = apply(state, { type: "votingRound.close", roundId: "round-0001" }, moderator);
    expect(shown(participant)).toEqual(["tally-0001"]);
    // A participant's browser predicts a vote without the hidden tally and writes none.
    const { voteTally: _tally, ...hidden } = apply(board(), open(), moderator);
    const outcome = run(hidden, cast("card-0001"), alice);
    expect(outcome.ok && outcome.writes.map((write) => ("put" in write ? write.put.type : ""))).toEqual(["ballot"]);
  });

  it("VOTE-5 VIS-9 an anonymous round's ballot reaches its voter alone; a named one the moderators too, with the name", () => {
    let state = apply(board(), open(), moderator);
    state = apply(state, cast("card-0001"), alice);
    expect(ballotsIn(state)[0]).toMatchObject({ audience: "authorOnly", voterName: null });
    const readers = (viewer: Actor) => recordsFor(ballotsIn(state), viewer, redactRecord).length;
    expect(readers(alice)).toBe(1);
    expect(readers(bob)).toBe(0);
    expect(readers({ role: "moderator", authorId: null })).toBe(0);
    expect(readers(moderator)).toBe(0);
    state = apply(board(), open({ anonymous: false }), moderator);
    state = apply(state, cast("card-0001"), alice);
    expect(ballotsIn(state)[0]).toMatchObject({ audience: "author", voterName: "Alice" });
    expect(readers({ role: "moderator", authorId: null })).toBe(1);
    expect(readers(bob)).toBe(0);
  });

  it("VOTE-5 ballot ids are the browser's, never an author id; a browser finds its ballot by its tag", () => {
    let state = apply(board(), open(), moderator);
    state = apply(state, cast("card-0001"), alice);
    const ballot = ballotsIn(state)[0];
    expect(ballot.id).toBe("ballot-0001");
    const asReceived = withAuthorTag(ballot);
    const browserState: BoardState = { ...state, ballot: { [ballot.id]: asReceived } };
    expect(dotsLeft(viewOf(browserState), roundIn(state), alice.authorId)).toBe(4);
    expect(dotsLeft(viewOf(browserState), roundIn(state), bob.authorId)).toBe(5);
  });

  it("VOTE-6 closing ranks the cards per column and board-wide, equal votes sharing a place", () => {
    expect(
      ranked([
        { cardId: "b", votes: 2 },
        { cardId: "a", votes: 2 },
        { cardId: "c", votes: 5 },
        { cardId: "d", votes: 0 },
        { cardId: "e", votes: 1 },
      ]),
    ).toEqual([
      { cardId: "c", votes: 5, place: 1 },
      { cardId: "a", votes: 2, place: 2 },
      { cardId: "b", votes: 2, place: 2 },
      { cardId: "e", votes: 1, place: 4 },
    ]);
    let state = apply(board(), open({ results: "live" }), moderator);
    for (const cardId of ["card-0001", "card-0001", "card-0003"]) state = apply(state, cast(cardId), alice);
    for (const cardId of ["card-0004", "card-0003", "card-0002"])
      state = apply(state, cast(cardId, "ballot-bob-1"), bob);
    state = apply(state, { type: "votingRound.close", roundId: "round-0001" }, moderator);
    expect(roundIn(state).status).toBe("closed");
    expect(roundIn(state).ranking).toEqual({
      columns: [
        {
          columnId: "col-aaaa",
          cards: [
            { cardId: "card-0001", votes: 2, place: 1 },
            { cardId: "card-0002", votes: 1, place: 2 },
          ],
        },
        {
          columnId: "col-bbbb",
          cards: [
            { cardId: "card-0003", votes: 2, place: 1 },
            { cardId: "card-0004", votes: 1, place: 2 },
          ],
        },
      ],
      top: [
        { cardId: "card-0001", votes: 2, place: 1 },
        { cardId: "card-0003", votes: 2, place: 1 },
        { cardId: "card-0002", votes: 1, place: 3 },
        { cardId: "card-0004", votes: 1, place: 3 },
      ],
    });
  });

  it("VOTE-6 a chosen column removed before the close leaves the ranking; an empty chosen one stays, in board order", () => {
    let state = apply(board(), open({ columnIds: ["col-bbbb", "col-aaaa"], results: "live" }), moderator);
    state = apply(state, cast("card-0003"), alice);
    state = apply(state, { type: "column.add", columnId: "col-cccc", title: "C", rank: "a2" }, moderator);
    state = apply(state, { type: "column.remove", columnId: "col-bbbb" }, moderator);
    state = apply(state, { type: "votingRound.close", roundId: "round-0001" }, moderator);
    expect(roundIn(state).ranking).toEqual({ columns: [{ columnId: "col-aaaa", cards: [] }], top: [] });
  });

  it("VOTE-7 moderators mark cards as priorities and take the mark off", () => {
    const mark = { type: "priority.mark", cardIds: ["card-0001", "card-0003"], roundId: null };
    expect(codeOf(board(), mark, alice)).toBe("forbidden");
    let state = apply(board(), mark, moderator);
    expect(Object.keys(state.cardPriority ?? {}).sort()).toEqual(["card-0001", "card-0003"]);
    expect(codeOf(board(), { ...mark, cardIds: ["card-gone-1"] }, moderator)).toBe("not_found");
    state = apply(state, { type: "priority.unmark", cardId: "card-0001" }, moderator);
    expect(Object.keys(state.cardPriority ?? {})).toEqual(["card-0003"]);
  });
});

describe("likes (LIKE-1, LIKE-2)", () => {
  const like = (likeId: string, cardId = "card-0001") => ({ type: "like.add", likeId, cardId });

  it("LIKE-1 likes work only when a moderator turned them on", () => {
    expect(codeOf(board(), like("like-0001"), alice)).toBe("forbidden");
    expect(codeOf(board(), { type: "likes.configure", enabled: true }, alice)).toBe("forbidden");
    const state = apply(board(), { type: "likes.configure", enabled: true }, moderator);
    expect(codeOf(state, like("like-0001"), alice)).toBe("ok");
    const off = apply(state, { type: "likes.configure", enabled: false }, moderator);
    expect(codeOf(off, like("like-0001"), alice)).toBe("forbidden");
  });

  it("LIKE-2 one like per person and card; the count is everyone's, the like its author's alone", () => {
    let state = apply(board(), { type: "likes.configure", enabled: true }, moderator);
    state = apply(state, like("like-0001"), alice);
    state = apply(state, like("like-0002"), alice);
    state = apply(state, like("like-0003"), bob);
    expect(state.likeCount?.["card-0001"]).toMatchObject({ count: 2, audience: "board" });
    expect(records(state, "like")).toHaveLength(2);
    const likes = records(state, "like");
    expect(recordsFor(likes, { role: "moderator", authorId: null }, redactRecord)).toEqual([]);
    expect(recordsFor(likes, bob, redactRecord)).toHaveLength(1);
    expect(likeOf(viewOf(state), "card-0001", alice.authorId)?.id).toBe("like-0001");
    state = apply(state, { type: "like.remove", cardId: "card-0001" }, alice);
    expect(state.likeCount?.["card-0001"]).toMatchObject({ count: 1 });
    expect(likeOf(viewOf(state), "card-0001", alice.authorId)).toBeUndefined();
    expect(codeOf(state, like("like-0002", "card-gone-1"), alice)).toBe("not_found");
  });
});
