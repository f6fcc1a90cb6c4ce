import { describe, expect, it } from "vitest";
import { compareRows } from "../../client/features/voting/compareRows";
import { votingDe, votingEn } from "../../client/features/voting/messages";
import { standingOf, votingSelector } from "../../client/features/voting/votingBoard";
import { applyOp } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { withAuthorTag } from "../../shared/core/authorTags";
import type { BaseRecord } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor } from "../../shared/core/visibility";
import type { VoteTally, VotingRound } from "../../shared/features/voting";
import type { Actor } from "../../shared/model";
import { OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

function apply(state: BoardState, op: Record<string, unknown>, actor: Actor, now = 1_000): BoardState {
  const outcome = applyOp(viewOf(state), OpSchema.parse(op), actor, now);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return applyCommitted(state, outcome);
}

/** The board as `viewer`'s browser receives it: what they may read, author ids as tags. */
function received(state: BoardState, viewer: Actor): BoardState {
  const records = Object.values(state).flatMap((byId) => Object.values(byId ?? {}) as BaseRecord[]);
  const shown: Record<string, Record<string, BaseRecord>> = {};
  for (const record of recordsFor(records, viewer, redactRecord)) {
    shown[record.type] ??= {};
    shown[record.type][record.id] = withAuthorTag(record);
  }
  return shown;
}

const open = (roundId: string, tallyId: string) => ({
  type: "votingRound.open",
  roundId,
  tallyId,
  votesPerPerson: 3,
  maxPerCard: 2,
});
const cast = (roundId: string, cardId: string, ballotId: string) => ({
  type: "vote.cast",
  roundId,
  cardId,
  ballotId,
  voterName: null,
});

describe("voting in the browser (VOTE-2, VOTE-4, VOTE-8)", () => {
  it("VOTE-2 VOTE-4 a participant's page knows its own dots and what is left, and no counts while they are hidden", () => {
    let state = apply(sampleState(), open("round-0001", "tally-0001"), moderator);
    state = apply(state, cast("round-0001", "card-0001", "ballot-alice"), alice);
    state = apply(state, cast("round-0001", "card-0001", "ballot-alice"), alice);
    state = apply(state, cast("round-0001", "card-0002", "ballot-bob-1"), bob);
    const select = votingSelector();
    const alices = select(received(state, alice), alice.authorId);
    expect(alices.round?.id).toBe("round-0001");
    expect([...alices.myDots]).toEqual([["card-0001", 2]]);
    expect(alices.dotsLeft).toBe(1);
    expect(alices.ballotId).toBe("ballot-alice");
    expect(alices.tallies.size).toBe(0);
    const bobs = votingSelector()(received(state, bob), bob.authorId);
    expect([...bobs.myDots]).toEqual([["card-0002", 1]]);
    const moderators = votingSelector()(received(state, moderator), moderator.authorId);
    expect(moderators.tallies.get("round-0001")?.counts).toEqual({ "card-0001": 2, "card-0002": 1 });
    expect(moderators.dotsLeft).toBe(3);
    // The same board gives the same object: cards re-render only when voting changed.
    const shown = received(state, alice);
    expect(select(shown, alice.authorId)).toBe(select(shown, alice.authorId));
  });

  it("AG-6 VOTE-3 a working group's topic shows its dots from the newest round the viewer may read, and its priority", () => {
    let state = apply(sampleState(), open("round-0001", "tally-0001"), moderator);
    state = apply(state, cast("round-0001", "card-0001", "ballot-alice"), alice);
    state = apply(state, { type: "votingRound.close", roundId: "round-0001" }, moderator);
    state = apply(state, { type: "priority.mark", cardIds: ["card-0001"], roundId: "round-0001" }, moderator);
    state = apply(state, open("round-0002", "tally-0002"), moderator, 2_000);
    state = apply(state, cast("round-0002", "card-0001", "ballot-alice-2"), alice);
    state = apply(state, cast("round-0002", "card-0001", "ballot-alice-2"), alice);
    // Alice sees the first round's revealed count; the second's is still hidden from her.
    const alices = votingSelector()(received(state, alice), alice.authorId);
    expect(standingOf(alices, "card-0001")).toEqual({ votes: 1, priority: true });
    expect(standingOf(alices, "card-0002")).toEqual({ votes: 0, priority: false });
    const moderators = votingSelector()(received(state, moderator), moderator.authorId);
    expect(standingOf(moderators, "card-0001")).toEqual({ votes: 2, priority: true });
    const fresh = votingSelector()(received(sampleState(), alice), alice.authorId);
    expect(standingOf(fresh, "card-0001")).toEqual({ votes: null, priority: false });
  });

  it("VOTE-8 rounds side by side: every card with votes in any round, most votes over all first", () => {
    const round = (id: string) => ({ id }) as VotingRound;
    const tally = (counts: Record<string, number>) => ({ counts }) as VoteTally;
    const rows = compareRows(
      [round("r1"), round("r2")],
      new Map([
        ["r1", tally({ "card-a": 1, "card-b": 4 })],
        ["r2", tally({ "card-a": 5, "card-c": 2 })],
      ]),
    );
    expect(rows).toEqual([
      { cardId: "card-a", votes: [1, 5] },
      { cardId: "card-b", votes: [4, 0] },
      { cardId: "card-c", votes: [0, 2] },
    ]);
  });

  it("UI-1 voting speaks German and English, every word in both", () => {
    expect(Object.keys(votingEn).sort()).toEqual(Object.keys(votingDe).sort());
    for (const text of Object.values(votingEn)) expect(text.trim()).not.toBe("");
  });
});
