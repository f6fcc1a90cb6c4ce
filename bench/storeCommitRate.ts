import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BoardStore, CommitRequest } from "../server/store/BoardStore";
import { describeDatabase, openStore } from "../server/store/openStore";
import type { Actor } from "../shared/model";
import { rankBetween } from "../shared/ordering";
import { newBoardRecords } from "../shared/templates";

/**
 * Durable ops per second on one board, straight into the store: batches of 100 card adds, one after
 * another (as GroupCommitter flushes), for 5 seconds. `npx tsx bench/storeCommitRate.ts [postgres://…]`
 * measures PostgreSQL at that URL (a fresh database: it adds a board), else a SQLite file in a temp folder.
 */
const databaseUrl = process.argv[2];
const folder = mkdtempSync(join(tmpdir(), "themenwand-rate-"));
const config = { databaseUrl, databasePath: join(folder, "rate.db") };
const store: BoardStore = await openStore(config);
const columnId = "col-rate-0001";
/** A fresh board every 5,000 cards, below the card limit (LIMIT-3): the rate is one board's all the same. */
async function newBoard(): Promise<string> {
  const id = `board-rate-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const records = newBoardRecords({ id, title: "Rate", description: "", createdAt: 1 }, [
    { id: columnId, title: "Vorschläge", rank: "a0" },
  ]);
  await store.createBoard({ id, moderatorKeyHash: "ab".repeat(32), records, createdAt: 1 });
  return id;
}
let boardId = await newBoard();
const actor: Actor = { role: "participant", authorId: "author-rate-0001" };

const BATCH = 100;
const DURATION_MS = 5_000;
let sent = 0;
let rank: string | null = null;
let committed = 0;
const started = performance.now();
while (performance.now() - started < DURATION_MS) {
  if (sent > 0 && sent % 5_000 === 0) {
    boardId = await newBoard();
    rank = null;
  }
  const requests: CommitRequest[] = Array.from({ length: BATCH }, () => {
    const n = sent++;
    rank = rankBetween(rank, null);
    return {
      boardId,
      opId: `op-rate-${n}`,
      actor,
      op: {
        type: "card.add",
        cardId: `card-rate-${n}`,
        columnId,
        rank: rank as string,
        authorName: "Bench",
        content: { kind: "topic", title: `Karte ${n}`, body: "Ein Vorschlag mit etwas Text.", link: null },
      },
    };
  });
  for (const response of await store.commit(requests, Date.now())) if (response.ok) committed++;
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${describeDatabase(config)}: ${Math.round(committed / seconds)} durable ops/s on one board ` +
    `(${committed} of ${sent} ops in ${seconds.toFixed(1)} s, batches of ${BATCH})`,
);
await store.close();
rmSync(folder, { recursive: true, force: true });
