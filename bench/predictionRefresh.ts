/**
 * SYNC-12: what one incoming message costs the client when 150 ops are pending on a 5,000-card
 * board. "Replay" is the old way (every pending op predicted again, on one RecordDraft over the
 * board, for each frame, ack or submit); "incremental" is Predictions following each commit.
 * Run: npx tsx bench/predictionRefresh.ts
 */
import { Predictions } from "../client/sync/predictions";
import { applyOp } from "../shared/applyOp";
import { applyCommitted, type BoardState, cardsOf, stateFromSnapshot } from "../shared/boardState";
import type { Committed } from "../shared/changes";
import type { BaseRecord } from "../shared/core/records";
import { RecordDraft, viewOf } from "../shared/core/recordView";
import type { Actor, Card, Column } from "../shared/model";
import type { Op } from "../shared/ops";
import { rankBetween } from "../shared/ordering";

const COLUMNS = 10;
const CARDS = 5_000;
const PENDING = 150;
const actor: Actor = { role: "participant", authorId: "author-bench-01" };

function board(): BoardState {
  const records: BaseRecord[] = [
    {
      type: "board",
      id: "board-bench-01",
      version: 1,
      audience: "board",
      authorId: null,
      title: "B",
      description: "",
      createdAt: 1,
    } as BaseRecord,
  ];
  const ranks: (string | null)[] = Array(COLUMNS).fill(null);
  for (let c = 0; c < COLUMNS; c++) {
    const column: Column = {
      type: "column",
      id: `col-${c}-bench`,
      version: 1,
      audience: "board",
      authorId: null,
      title: `C${c}`,
      description: "",
      rank: `a${c}`,
    };
    records.push(column);
  }
  for (let i = 0; i < CARDS; i++) {
    const c = i % COLUMNS;
    ranks[c] = rankBetween(ranks[c], null);
    const content = { kind: "topic" as const, title: `Karte ${i}`, body: "Text ".repeat(20), link: null };
    const card: Card = {
      type: "card",
      id: `card-${i}-bench`,
      version: 1,
      audience: "board",
      authorId: actor.authorId,
      columnId: `col-${c}-bench`,
      rank: ranks[c] as string,
      authorName: "Bench",
      content,
      createdAt: 1,
      updatedAt: 1,
    };
    records.push(card);
  }
  return stateFromSnapshot({ records });
}

function pendingOps(state: BoardState): { opId: string; op: Op }[] {
  return Array.from({ length: PENDING }, (_, i) => {
    const columnId = `col-${i % COLUMNS}-bench`;
    const content = { kind: "topic" as const, title: `Offline ${i}`, body: "", link: null };
    const op: Op =
      i % 5 === 4
        ? {
            type: "card.edit",
            cardId: `card-${i}-bench`,
            baseVersion: cardsOf(state)[`card-${i}-bench`].version,
            content,
          }
        : { type: "card.add", cardId: `card-off-${i}`, columnId, rank: "zz", authorName: null, content };
    return { opId: `op-${i}-bench`, op };
  });
}

function oldRefresh(confirmed: BoardState, ops: readonly { op: Op }[]): BoardState {
  const draft = new RecordDraft(confirmed);
  const now = Date.now();
  for (const { op } of ops) {
    const outcome = applyOp(draft, op, actor, now);
    if (outcome.ok) draft.apply(outcome.writes);
  }
  return draft.result();
}

const confirmed = board();
const ops = pendingOps(confirmed);

oldRefresh(confirmed, ops);
const runs = 5;
let started = performance.now();
for (let i = 0; i < runs; i++) oldRefresh(confirmed, ops);
const replayMs = (performance.now() - started) / runs;

// Incremental: the server commits the 150 ops one by one; each commit is one message. The server's
// work is done first, so only the client's is timed: its confirmed copy plus the predictions.
const commits: Committed[] = [];
const server = new RecordDraft(confirmed);
for (const { opId, op } of ops) {
  const outcome = applyOp(server, op, actor, Date.now());
  if (!outcome.ok) throw new Error(outcome.problem.message);
  server.apply(outcome.writes);
  commits.push({ revision: commits.length + 1, opId, writes: outcome.writes });
}
const predictions = new Predictions();
predictions.replay(confirmed, ops, actor);
let client = confirmed;
started = performance.now();
for (const committed of commits) {
  predictions.committed(committed, viewOf(client));
  client = applyCommitted(client, committed);
  predictions.confirmedAt(client);
  if (predictions.stale) throw new Error("the bench expected the incremental path");
  predictions.view();
}
const incrementalMs = (performance.now() - started) / ops.length;

console.log(`board: ${CARDS} cards in ${COLUMNS} columns, ${PENDING} pending ops`);
console.log(`replay of all pending ops (per message): ${replayMs.toFixed(1)} ms`);
console.log(`incremental, per committed own op (with the shown board): ${incrementalMs.toFixed(2)} ms`);
