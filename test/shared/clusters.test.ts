import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState, cardsOf } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { type Cluster, cardsOfCluster } from "../../shared/features/clusters";
import type { Actor, Card } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { addCardOp, alice, bob, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor = moderator): OpOutcome => applyOp(viewOf(state), op, actor, 42);
const apply = (state: BoardState, op: Op, actor: Actor = moderator): BoardState => {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
};
const applyAll = (state: BoardState, ops: Op[], actor: Actor = moderator) =>
  ops.reduce((next, op) => apply(next, op, actor), state);

const clusterOf = (state: BoardState, id: string) => state.cluster?.[id] as Cluster | undefined;
const memberIds = (state: BoardState, clusterId: string) => cardsOfCluster(state, clusterId).map((card) => card.id);
/** The column's card ids in rank order. */
const columnOrder = (state: BoardState, columnId: string) =>
  viewOf(state)
    .where<Card>("card", "columnId", columnId)
    .map((card) => card.id);

/** col-aaaa: card-0001, card-0002, card-0003, card-0004; col-bbbb: card-0005. */
function board(): BoardState {
  return applyAll(
    sampleState(),
    [
      addCardOp("card-0003", "col-aaaa", "a2"),
      addCardOp("card-0004", "col-aaaa", "a3"),
      addCardOp("card-0005", "col-bbbb", "a0"),
    ],
    alice,
  );
}

const create = (clusterId: string, cardIds: string[], title = ""): Op => ({
  type: "cluster.create",
  clusterId,
  cardIds,
  title,
});

describe("clusters (rules)", () => {
  it("CLU-2 forms a cluster of several cards gathered after the first, in the order given, with a title", () => {
    const state = apply(board(), create("clu-00001", ["card-0001", "card-0004", "card-0005"], "Radverkehr"));
    expect(clusterOf(state, "clu-00001")).toMatchObject({ title: "Radverkehr", version: 1, audience: "board" });
    expect(memberIds(state, "clu-00001")).toEqual(["card-0001", "card-0004", "card-0005"]);
    expect(columnOrder(state, "col-aaaa")).toEqual(["card-0001", "card-0004", "card-0005", "card-0002", "card-0003"]);
    expect(columnOrder(state, "col-bbbb")).toEqual([]);
  });

  it("CLU-2 refuses a cluster of one card, a missing card, a reused id, and participants", () => {
    expect(run(board(), create("clu-00001", ["card-0001", "card-0001"]))).toMatchObject({
      problem: { code: "invalid_input" },
    });
    expect(run(board(), create("clu-00001", ["card-0001", "card-gone"]))).toMatchObject({
      problem: { code: "not_found" },
    });
    const state = apply(board(), create("clu-00001", ["card-0001", "card-0002"]));
    expect(run(state, create("clu-00001", ["card-0003", "card-0004"]))).toMatchObject({
      problem: { code: "already_exists" },
    });
    expect(run(board(), create("clu-00002", ["card-0001", "card-0002"]), alice)).toMatchObject({
      problem: { code: "forbidden" },
    });
  });

  it("CLU-2 adds a card after the cluster's last card, also from another column; taking it out puts it below the frame", () => {
    let state = apply(board(), create("clu-00001", ["card-0001", "card-0002"]));
    state = apply(state, { type: "cluster.addCard", clusterId: "clu-00001", cardId: "card-0005" });
    expect(memberIds(state, "clu-00001")).toEqual(["card-0001", "card-0002", "card-0005"]);
    expect(cardsOf(state)["card-0005"].columnId).toBe("col-aaaa");
    state = apply(state, { type: "cluster.removeCard", cardId: "card-0001" });
    expect(memberIds(state, "clu-00001")).toEqual(["card-0002", "card-0005"]);
    expect(cardsOf(state)["card-0001"].clusterId).toBeNull();
    expect(columnOrder(state, "col-aaaa")).toEqual(["card-0002", "card-0005", "card-0001", "card-0003", "card-0004"]);
  });

  it("CLU-2 taking out a cluster's last card puts it right below the frame, not at the column's top", () => {
    let state = apply(board(), create("clu-00001", ["card-0002", "card-0003"]));
    state = apply(state, { type: "cluster.removeCard", cardId: "card-0003" });
    expect(columnOrder(state, "col-aaaa")).toEqual(["card-0001", "card-0002", "card-0003", "card-0004"]);
    expect(memberIds(state, "clu-00001")).toEqual(["card-0002"]);
  });

  it("CLU-2 a card joining another cluster leaves its former one, which goes when it has no card left", () => {
    let state = apply(board(), create("clu-00001", ["card-0001", "card-0002"]));
    state = apply(state, create("clu-00002", ["card-0003", "card-0001", "card-0002"]));
    expect(clusterOf(state, "clu-00001")).toBeUndefined();
    expect(memberIds(state, "clu-00002")).toEqual(["card-0003", "card-0001", "card-0002"]);
  });

  it("CLU-2 renames with the version it saw (conflict otherwise) and dissolves, keeping every card", () => {
    let state = apply(board(), create("clu-00001", ["card-0001", "card-0002"]));
    state = apply(state, { type: "cluster.rename", clusterId: "clu-00001", title: "Wärme", baseVersion: 1 });
    expect(clusterOf(state, "clu-00001")).toMatchObject({ title: "Wärme", version: 2 });
    expect(run(state, { type: "cluster.rename", clusterId: "clu-00001", title: "Alt", baseVersion: 1 })).toMatchObject({
      problem: { code: "conflict", current: { title: "Wärme" } },
    });
    state = apply(state, { type: "cluster.dissolve", clusterId: "clu-00001" });
    expect(clusterOf(state, "clu-00001")).toBeUndefined();
    expect(Object.values(cardsOf(state)).filter((card) => card.clusterId)).toEqual([]);
    expect(Object.keys(cardsOf(state))).toHaveLength(5);
  });

  it("CLU-4 a move within the column keeps the card in its cluster; to another column takes it out", () => {
    let state = apply(board(), create("clu-00001", ["card-0001", "card-0002", "card-0003"]));
    state = apply(state, { type: "card.move", cardId: "card-0001", columnId: "col-aaaa", rank: "a9" }, alice);
    expect(memberIds(state, "clu-00001")).toEqual(["card-0002", "card-0003", "card-0001"]);
    state = apply(state, { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a9" }, alice);
    expect(memberIds(state, "clu-00001")).toEqual(["card-0002", "card-0003"]);
    expect(cardsOf(state)["card-0001"].clusterId).toBeNull();
  });

  it("CLU-4 removing a cluster's last card, or its column, removes the cluster in the same change", () => {
    let state = apply(board(), create("clu-00001", ["card-0001", "card-0002"]));
    state = apply(state, { type: "card.remove", cardId: "card-0001" }, alice);
    expect(clusterOf(state, "clu-00001")).toBeDefined();
    const last = run(state, { type: "card.remove", cardId: "card-0002" }, alice);
    expect(last.ok && last.writes.map((write) => ("remove" in write ? write.remove.type : "put"))).toEqual([
      "card",
      "cluster",
    ]);
    state = apply(board(), create("clu-00002", ["card-0003", "card-0004"]));
    state = apply(state, { type: "column.remove", columnId: "col-aaaa" });
    expect(state.cluster?.["clu-00002"]).toBeUndefined();
  });

  it("CLU-3 concurrent adds, removes and moves of clustered cards give the same board in any order of arrival", () => {
    const start = apply(board(), create("clu-00001", ["card-0001", "card-0002"]));
    const ops: [Op, Actor][] = [
      [{ type: "cluster.addCard", clusterId: "clu-00001", cardId: "card-0003" }, moderator],
      [{ type: "cluster.addCard", clusterId: "clu-00001", cardId: "card-0004" }, moderator],
      [{ type: "cluster.removeCard", cardId: "card-0001" }, moderator],
    ];
    const ends = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ].map((order) => order.reduce((state, index) => apply(state, ...ops[index]), start));
    for (const end of ends) {
      expect(new Set(memberIds(end, "clu-00001"))).toEqual(new Set(["card-0002", "card-0003", "card-0004"]));
    }
  });

  it("CLU-6 merging keeps both texts and both author names on the kept card and removes the other", () => {
    let state = apply(board(), addCardOp("card-bob1", "col-aaaa", "a9", "Radwege auch"), bob);
    state = apply(state, create("clu-00001", ["card-0001", "card-bob1"]));
    state = apply(state, { type: "card.merge", cardId: "card-0001", mergedCardId: "card-bob1" });
    const kept = cardsOf(state)["card-0001"];
    expect(cardsOf(state)["card-bob1"]).toBeUndefined();
    expect(kept.content).toMatchObject({ title: "Card card-0001" });
    expect(kept.merged).toEqual([
      { authorName: "Alice", content: expect.objectContaining({ title: "Radwege auch" }), createdAt: 42 },
    ]);
    expect(kept.version).toBe(1);
    expect(memberIds(state, "clu-00001")).toEqual(["card-0001"]);
    // The kept card's author still edits it, and the merged words stay.
    state = apply(
      state,
      {
        type: "card.edit",
        cardId: "card-0001",
        baseVersion: 1,
        content: { kind: "topic", title: "Neu", body: "", link: null },
      },
      alice,
    );
    expect(cardsOf(state)["card-0001"].merged).toHaveLength(1);
  });

  it("CLU-6 only a moderator or the author of both cards merges; a card cannot merge into itself", () => {
    const state = apply(board(), addCardOp("card-bob1", "col-aaaa", "a9"), bob);
    const merge: Op = { type: "card.merge", cardId: "card-0001", mergedCardId: "card-bob1" };
    expect(run(state, merge, alice)).toMatchObject({ problem: { code: "forbidden" } });
    expect(run(state, merge, bob)).toMatchObject({ problem: { code: "forbidden" } });
    expect(run(state, { type: "card.merge", cardId: "card-0001", mergedCardId: "card-0002" }, alice).ok).toBe(true);
    expect(run(state, { type: "card.merge", cardId: "card-0001", mergedCardId: "card-0001" })).toMatchObject({
      problem: { code: "invalid_input" },
    });
  });
});
