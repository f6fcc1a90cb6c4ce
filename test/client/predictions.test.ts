import { describe, expect, it } from "vitest";
import { Predictions } from "../../client/sync/predictions";
import { applyOp } from "../../shared/applyOp";
import {
  applyCommitted,
  type BoardState,
  boardOf,
  cardsOf,
  columnsOf,
  stateFromSnapshot,
} from "../../shared/boardState";
import { RecordDraft, viewOf } from "../../shared/core/recordView";
import { noRedaction, writesFor } from "../../shared/core/visibility";
import type { Cluster } from "../../shared/features/clusters";
import type { Actor, Card } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { rankBetween, rankForIndex, sortRanked } from "../../shared/ordering";
import { alice, boardMeta, bob, card, column, moderator } from "../helpers/fixtures";

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)],
  };
}

function startingBoard(): BoardState {
  const columns = ["col-aaaa", "col-bbbb", "col-cccc"].map((id, i) => column(id, `a${i}`));
  const cards = [];
  let rank: string | null = null;
  for (let i = 0; i < 12; i++) {
    rank = rankBetween(rank, null);
    const id = `card-${String(i).padStart(4, "0")}`;
    const owner = i % 3 === 0 ? bob : alice;
    cards.push(card(id, `col-${"abc"[i % 3].repeat(4)}`, rank, owner.authorId));
  }
  return stateFromSnapshot({ records: [boardMeta("board-000001", "T"), ...columns, ...cards] });
}

/** A plausible op on the board as this user sees it: edits based on the version shown, moves by index. */
function randomOp(rng: ReturnType<typeof random>, view: BoardState, n: number): Op {
  const cards = Object.values(cardsOf(view));
  const columns = sortRanked(Object.values(columnsOf(view)));
  const someCard = rng.pick(cards);
  const someColumn = rng.pick(columns);
  const roll = rng.int(100);
  const content = { kind: "topic" as const, title: `T${n}`, body: "", link: null };
  if (roll < 30 || !someCard || !someColumn) {
    const columnId = someColumn?.id ?? "col-aaaa";
    const siblings = sortRanked(cards.filter((c) => c.columnId === columnId));
    const rank = rng.int(4) === 0 ? (siblings[0]?.rank ?? "a0") : rankForIndex(siblings, rng.int(siblings.length + 1));
    return { type: "card.add", cardId: `card-n${n}-xxxx`, columnId, rank, authorName: null, content };
  }
  if (roll < 50) {
    const baseVersion = rng.int(5) === 0 ? someCard.version - 1 : someCard.version;
    return { type: "card.edit", cardId: someCard.id, baseVersion, content };
  }
  if (roll < 70) {
    const siblings = sortRanked(cards.filter((c) => c.columnId === someColumn.id && c.id !== someCard.id));
    return {
      type: "card.move",
      cardId: someCard.id,
      columnId: someColumn.id,
      rank: rankForIndex(siblings, rng.int(siblings.length + 1)),
    };
  }
  if (roll < 78) return { type: "card.remove", cardId: someCard.id };
  if (roll < 81)
    return { type: "column.rename", columnId: someColumn.id, title: `C${n}`, baseVersion: someColumn.version };
  if (roll < 84) {
    const { version } = someColumn;
    const baseVersion = rng.int(5) === 0 ? version - 1 : version;
    return { type: "column.update", columnId: someColumn.id, title: `C${n}`, description: `D${n}`, baseVersion };
  }
  if (roll < 89)
    return {
      type: "column.move",
      columnId: someColumn.id,
      rank: rankForIndex(
        columns.filter((c) => c.id !== someColumn.id),
        rng.int(columns.length),
      ),
    };
  if (roll < 92)
    return {
      type: "column.add",
      columnId: `col-n${n}-xxxx`,
      title: `C${n}`,
      description: "",
      rank: rankForIndex(columns, columns.length),
    };
  if (roll < 94) return { type: "column.remove", columnId: someColumn.id };
  if (roll < 98) return clusterOp(rng, view, someCard, n);
  return {
    type: "board.update",
    title: `B${n}`,
    description: "",
    baseVersion: rng.int(4) === 0 ? 0 : (boardOf(view)?.version ?? 0),
  };
}

/** A cluster op or a merge (CLU-2, CLU-6), which read and write whole clusters and columns. */
function clusterOp(rng: ReturnType<typeof random>, view: BoardState, someCard: Card, n: number): Op {
  const other = rng.pick(Object.values(cardsOf(view)).filter((card) => card.id !== someCard.id));
  const clusters = Object.values(view.cluster ?? {}) as Cluster[];
  const cluster = rng.pick(clusters);
  const roll = rng.int(6);
  if (roll === 0 || !cluster || !other) {
    const cardIds = other ? [someCard.id, other.id] : [someCard.id, someCard.id];
    return { type: "cluster.create", clusterId: `clu-n${n}-xxxx`, cardIds, title: "" };
  }
  if (roll === 1) return { type: "cluster.addCard", clusterId: cluster.id, cardId: someCard.id };
  if (roll === 2) return { type: "cluster.removeCard", cardId: someCard.id };
  if (roll === 3)
    return { type: "cluster.rename", clusterId: cluster.id, title: `K${n}`, baseVersion: cluster.version };
  if (roll === 4) return { type: "cluster.dissolve", clusterId: cluster.id };
  return { type: "card.merge", cardId: someCard.id, mergedCardId: other.id };
}

const CLOCK = () => 1_000;

/** The reference, written out on its own: every pending op predicted in turn on the confirmed board. */
function fromScratch(confirmed: BoardState, pending: readonly { opId: string; op: Op }[], actor: Actor) {
  const draft = new RecordDraft(confirmed);
  for (const { op } of pending) {
    const outcome = applyOp(draft, op, actor, CLOCK());
    if (outcome.ok) draft.apply(outcome.writes);
  }
  return draft.result();
}

describe("predicted board", () => {
  for (const [seed, actor] of [
    [1, alice],
    [2, moderator],
    [3, alice],
    [4, moderator],
    [5, bob],
  ] as const) {
    it(`SYNC-12 kept up incrementally, it always equals confirmed + pending replayed from scratch (seed ${seed})`, () => {
      const rng = random(seed);
      let confirmed = startingBoard();
      let pending: { opId: string; op: Op }[] = [];
      const predictions = new Predictions(CLOCK);
      predictions.replay(confirmed, pending, actor);
      let incremental = 0;
      const commit = (index: number) => {
        const { opId, op } = pending[index];
        pending = pending.filter((_, i) => i !== index);
        const outcome = applyOp(new RecordDraft(confirmed), op, actor, 5_000 + index);
        if (!outcome.ok) return predictions.dropped(opId);
        const committed = { revision: 0, opId, writes: outcome.writes };
        predictions.committed(committed, viewOf(confirmed));
        confirmed = applyCommitted(confirmed, committed);
        predictions.confirmedAt(confirmed);
      };
      for (let step = 0; step < 600; step++) {
        const roll = rng.int(100);
        if (roll < 40 || pending.length === 0) {
          const entry = { opId: `op-${step}`, op: randomOp(rng, predictions.view() as BoardState, step) };
          pending.push(entry);
          predictions.push(entry.opId, entry.op, actor);
        } else if (roll < 75) {
          commit(0);
        } else if (roll < 80) {
          commit(1 + rng.int(pending.length - 1 || 1) - (pending.length === 1 ? 1 : 0));
        } else {
          // Someone else's change, committed between this user's ops.
          const other = rng.int(2) === 0 ? moderator : bob;
          const op = randomOp(rng, confirmed, 10_000 + step);
          const outcome = applyOp(new RecordDraft(confirmed), op, other, 7_000 + step);
          if (outcome.ok) {
            const committed = { revision: 0, opId: `other-${step}`, writes: outcome.writes };
            predictions.committed(committed, viewOf(confirmed));
            confirmed = applyCommitted(confirmed, committed);
            predictions.confirmedAt(confirmed);
          }
        }
        if (predictions.stale) predictions.replay(confirmed, pending, actor);
        else incremental++;
        expect(predictions.view(), `seed ${seed}, step ${step}`).toEqual(fromScratch(confirmed, pending, actor));
      }
      // The increments were exercised, not just replays.
      expect(incremental).toBeGreaterThan(300);
    });
  }

  it("SYNC-12 CLU-4 a pending removal of a cluster's last card stays right while someone renames the cluster", () => {
    let confirmed = startingBoard();
    const commitAs = (op: Op, actor: Actor, predictions: Predictions) => {
      const outcome = applyOp(new RecordDraft(confirmed), op, actor, 5_000);
      if (!outcome.ok) throw new Error(outcome.problem.message);
      const committed = { revision: 0, opId: `other-${op.type}`, writes: outcome.writes };
      predictions.committed(committed, viewOf(confirmed));
      confirmed = applyCommitted(confirmed, committed);
      predictions.confirmedAt(confirmed);
    };
    const predictions = new Predictions(CLOCK);
    predictions.replay(confirmed, [], moderator);
    const create: Op = {
      type: "cluster.create",
      clusterId: "clu-pred-01",
      cardIds: ["card-0000", "card-0003"],
      title: "",
    };
    commitAs(create, moderator, predictions);
    commitAs({ type: "cluster.removeCard", cardId: "card-0003" }, moderator, predictions);
    const pending = [{ opId: "op-remove", op: { type: "card.remove", cardId: "card-0000" } as Op }];
    predictions.push("op-remove", pending[0].op, moderator);
    expect((predictions.view() as BoardState).cluster?.["clu-pred-01"]).toBeUndefined();
    commitAs(
      { type: "cluster.rename", clusterId: "clu-pred-01", title: "Neu", baseVersion: 1 },
      moderator,
      predictions,
    );
    if (predictions.stale) predictions.replay(confirmed, pending, moderator);
    expect(predictions.view()).toEqual(fromScratch(confirmed, pending, moderator));
  });

  it("ANON-2 SYNC-12 an own op's change, its records carrying tags instead of the author id, settles its prediction without a replay", () => {
    const confirmed = startingBoard();
    const predictions = new Predictions(CLOCK);
    predictions.replay(confirmed, [], alice);
    const ops: Op[] = [
      {
        type: "card.add",
        cardId: "card-mine-0001",
        columnId: "col-aaaa",
        rank: "a0V",
        authorName: null,
        content: { kind: "topic", title: "Anonym", body: "", link: null },
      },
      { type: "card.remove", cardId: "card-0001" },
    ];
    let state = confirmed;
    for (const [index, op] of ops.entries()) {
      predictions.push(`op-${index}`, op, alice);
      const outcome = applyOp(new RecordDraft(state), op, alice, 5_000);
      if (!outcome.ok) throw new Error(outcome.problem.message);
      // What the server sends: the same writes, the author as each record's tag (ANON-1).
      const committed = {
        revision: index + 1,
        opId: `op-${index}`,
        writes: writesFor(outcome.writes, alice, noRedaction),
      };
      expect(JSON.stringify(committed)).not.toContain(alice.authorId);
      predictions.committed(committed, viewOf(state));
      state = applyCommitted(state, committed);
      predictions.confirmedAt(state);
      expect(predictions.stale, op.type).toBe(false);
    }
    expect(predictions.view()).toEqual(state);
    expect(cardsOf(predictions.view() as BoardState)["card-mine-0001"]?.authorId).toMatch(/^~/);
  });
});
