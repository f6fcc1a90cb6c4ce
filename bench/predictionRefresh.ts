/**
 * SYNC-12: what one incoming message costs the client when 150 ops are pending on a 5,000-card
 * board. "Replay" is the old way (every pending op predicted again over a copy of the board for each
 * frame, ack or submit); "incremental" is Predictions following each commit. Run: npx tsx bench/predictionRefresh.ts
 */
import { Predictions } from "../client/sync/predictions";
import { applyOp } from "../shared/applyOp";
import { applyChange, type BoardState, viewOfState } from "../shared/boardState";
import type { Change } from "../shared/changes";
import type { Actor, Card } from "../shared/model";
import type { Op } from "../shared/ops";
import { rankBetween } from "../shared/ordering";

const COLUMNS = 10;
const CARDS = 5_000;
const PENDING = 150;
const actor: Actor = { role: "participant", authorId: "author-bench-01" };

function board(): BoardState {
  const columns: Record<string, BoardState["columns"][string]> = {};
  const cards: Record<string, Card> = {};
  const ranks: (string | null)[] = Array(COLUMNS).fill(null);
  for (let c = 0; c < COLUMNS; c++)
    columns[`col-${c}-bench`] = { id: `col-${c}-bench`, title: `C${c}`, rank: `a${c}`, version: 1 };
  for (let i = 0; i < CARDS; i++) {
    const c = i % COLUMNS;
    ranks[c] = rankBetween(ranks[c], null);
    const content = { kind: "topic" as const, title: `Karte ${i}`, body: "Text ".repeat(20), link: null };
    const card = {
      id: `card-${i}-bench`,
      columnId: `col-${c}-bench`,
      rank: ranks[c] as string,
      authorId: actor.authorId,
    };
    cards[card.id] = { ...card, authorName: "Bench", content, version: 1, createdAt: 1, updatedAt: 1 };
  }
  return { board: { id: "board-bench-01", title: "B", description: "", version: 1, createdAt: 1 }, columns, cards };
}

function pendingOps(state: BoardState): { opId: string; op: Op }[] {
  return Array.from({ length: PENDING }, (_, i) => {
    const columnId = `col-${i % COLUMNS}-bench`;
    const content = { kind: "topic" as const, title: `Offline ${i}`, body: "", link: null };
    const op: Op =
      i % 5 === 4
        ? { type: "card.edit", cardId: `card-${i}-bench`, baseVersion: state.cards[`card-${i}-bench`].version, content }
        : { type: "card.add", cardId: `card-off-${i}`, columnId, rank: "zz", authorName: null, content };
    return { opId: `op-${i}-bench`, op };
  });
}

function oldRefresh(confirmed: BoardState, ops: readonly { op: Op }[]): BoardState {
  let state = confirmed;
  const now = Date.now();
  for (const { op } of ops) {
    const outcome = applyOp(viewOfState(state), op, actor, now);
    if (outcome.ok) state = applyChange(state, outcome.change);
  }
  return state;
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
const commits: { opId: string; change: Change }[] = [];
let server = confirmed;
for (const { opId, op } of ops) {
  const outcome = applyOp(viewOfState(server), op, actor, Date.now());
  if (!outcome.ok) throw new Error(outcome.problem.message);
  server = applyChange(server, outcome.change);
  commits.push({ opId, change: outcome.change });
}
const predictions = new Predictions();
predictions.replay(confirmed, ops, actor);
let client = confirmed;
started = performance.now();
for (const { opId, change } of commits) {
  const before = client;
  client = applyChange(before, change);
  predictions.committed({ revision: 0, opId, change }, before, client);
  if (predictions.stale) throw new Error("the bench expected the incremental path");
}
const incrementalMs = (performance.now() - started) / ops.length;

console.log(`board: ${CARDS} cards in ${COLUMNS} columns, ${PENDING} pending ops`);
console.log(`replay of all pending ops (old refresh, per message): ${replayMs.toFixed(1)} ms`);
console.log(`incremental, per committed own op: ${incrementalMs.toFixed(2)} ms`);
