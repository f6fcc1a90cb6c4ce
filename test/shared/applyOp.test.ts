import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState, boardOf, cardsOf, columnsOf } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import type { Actor } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { addCardOp, alice, bob, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor = alice): OpOutcome => applyOp(viewOf(state), op, actor, 42);
const apply = (state: BoardState, op: Op, actor: Actor = alice): BoardState => {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}`);
  return applyCommitted(state, outcome);
};

describe("applyOp", () => {
  it("CARD-1 adds a topic card with the author taken from the actor, not the op", () => {
    const next = apply(sampleState(), addCardOp("card-new1", "col-bbbb", "a0"), bob);
    expect(cardsOf(next)["card-new1"]).toMatchObject({
      columnId: "col-bbbb",
      rank: "a0",
      authorId: bob.authorId,
      version: 1,
      createdAt: 42,
    });
  });

  it("CARD-1 rejects a card for a column that does not exist, and a reused card id", () => {
    expect(run(sampleState(), addCardOp("card-new1", "col-none", "a0"))).toMatchObject({
      ok: false,
      problem: { code: "not_found" },
    });
    expect(run(sampleState(), addCardOp("card-0001", "col-aaaa", "a5"))).toMatchObject({
      ok: false,
      problem: { code: "already_exists" },
    });
  });

  it("CARD-2 lets a participant change only their own cards and a moderator any card", () => {
    const remove: Op = { type: "card.remove", cardId: "card-0001" };
    expect(run(sampleState(), remove, bob)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(run(sampleState(), remove, alice).ok).toBe(true);
    expect(run(sampleState(), remove, moderator).ok).toBe(true);
    const move: Op = { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a0" };
    expect(run(sampleState(), move, bob)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
  });

  it("CARD-2 never lets a participant change a card that has no author", () => {
    const state = apply(sampleState(), addCardOp("card-api1", "col-aaaa", "a5"), {
      role: "participant",
      authorId: null,
    });
    const edit: Op = {
      type: "card.edit",
      cardId: "card-api1",
      baseVersion: 1,
      content: { kind: "topic", title: "x", body: "", link: null },
    };
    expect(run(state, edit, { role: "participant", authorId: null })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
  });

  it("CARD-3 bumps the version on edit and answers a stale base version with a conflict carrying the current copy", () => {
    const content = { kind: "topic" as const, title: "New title", body: "text", link: "https://example.org/" };
    const edited = apply(sampleState(), { type: "card.edit", cardId: "card-0001", baseVersion: 1, content });
    expect(cardsOf(edited)["card-0001"]).toMatchObject({ version: 2, content, updatedAt: 42 });
    const stale = run(edited, { type: "card.edit", cardId: "card-0001", baseVersion: 1, content });
    expect(stale).toMatchObject({ ok: false, problem: { code: "conflict", current: { id: "card-0001", version: 2 } } });
  });

  it("CARD-4 moves a card across columns without touching its content version", () => {
    const moved = apply(sampleState(), { type: "card.move", cardId: "card-0002", columnId: "col-bbbb", rank: "a0" });
    expect(cardsOf(moved)["card-0002"]).toMatchObject({ columnId: "col-bbbb", rank: "a0", version: 1 });
  });

  it("ORD-2 places a move whose rank is taken right after the card holding it", () => {
    const moved = apply(sampleState(), { type: "card.move", cardId: "card-0002", columnId: "col-aaaa", rank: "a0" });
    const rank = cardsOf(moved)["card-0002"].rank;
    expect(rank > "a0").toBe(true);
    expect(rank).not.toBe("a0");
  });

  it("ORD-2 puts a card with an invalid rank key at the end of the column", () => {
    const moved = apply(sampleState(), { type: "card.move", cardId: "card-0001", columnId: "col-aaaa", rank: "zzzz" });
    expect(cardsOf(moved)["card-0001"].rank > "a1").toBe(true);
  });

  it("COL-1 keeps column ops to moderators", () => {
    const ops: Op[] = [
      { type: "column.add", columnId: "col-cccc", title: "Neu", description: "", rank: "a2" },
      { type: "column.rename", columnId: "col-aaaa", title: "Neu", baseVersion: 1 },
      { type: "column.move", columnId: "col-aaaa", rank: "a5" },
      { type: "column.remove", columnId: "col-aaaa" },
      { type: "board.update", title: "Neu", description: "", baseVersion: 1 },
    ];
    for (const op of ops) {
      expect(run(sampleState(), op, alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
      expect(run(sampleState(), op, moderator).ok).toBe(true);
    }
  });

  it("COL-2 removing a column removes the cards in it", () => {
    const outcome = run(sampleState(), { type: "column.remove", columnId: "col-aaaa" }, moderator);
    expect(outcome.ok && outcome.writes.map((write) => ("remove" in write ? write.remove.id : null))).toEqual([
      "card-0001",
      "card-0002",
      "col-aaaa",
    ]);
    const next = apply(sampleState(), { type: "column.remove", columnId: "col-aaaa" }, moderator);
    expect(Object.keys(cardsOf(next))).toEqual([]);
    expect(Object.keys(columnsOf(next))).toEqual(["col-bbbb"]);
  });

  it("COL-3 and BOARD-3 version-check renames and board edits", () => {
    const renamed = apply(
      sampleState(),
      { type: "column.rename", columnId: "col-aaaa", title: "A", baseVersion: 1 },
      moderator,
    );
    expect(columnsOf(renamed)["col-aaaa"]).toMatchObject({ title: "A", version: 2 });
    expect(
      run(renamed, { type: "column.rename", columnId: "col-aaaa", title: "B", baseVersion: 1 }, moderator),
    ).toMatchObject({ ok: false, problem: { code: "conflict" } });
    const board = apply(
      sampleState(),
      { type: "board.update", title: "T", description: "D", baseVersion: 1 },
      moderator,
    );
    expect(boardOf(board)).toMatchObject({ title: "T", description: "D", version: 2 });
    expect(run(board, { type: "board.update", title: "X", description: "", baseVersion: 1 }, moderator)).toMatchObject({
      ok: false,
      problem: { code: "conflict", current: { version: 2 } },
    });
  });

  it("is pure: the input state is never mutated", () => {
    const state = sampleState();
    const frozen = JSON.stringify(state);
    apply(state, { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a0" });
    apply(state, { type: "column.remove", columnId: "col-aaaa" }, moderator);
    expect(JSON.stringify(state)).toBe(frozen);
  });
});
