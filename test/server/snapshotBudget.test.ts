import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { themenwandModel } from "../../server/core/boardModel";
import { SnapshotCache } from "../../server/core/snapshotCache";
import { snapshotRecordsFor } from "../../server/realtime/audiences";
import type { CommitRequest } from "../../server/store/BoardStore";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";
import type { BaseRecord } from "../../shared/core/records";
import type { Viewer } from "../../shared/core/visibility";
import type { Actor, BoardSnapshot } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { businessCardOp } from "../helpers/businessCards";
import { addCardOp, boardMeta, column, moderator } from "../helpers/fixtures";

const folder = mkdtempSync(join(tmpdir(), "themenwand-snapshot-budget-"));
const store = new SqliteBoardStore(openDatabase(join(folder, "board.db")));
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

const byKey = (records: BaseRecord[]) =>
  [...records].sort((a, b) => `${a.type} ${a.id}`.localeCompare(`${b.type} ${b.id}`));

/** What the viewer may see, filtered and serialised the plain way: the answer to compare with. */
const expectedFor = (records: BaseRecord[], viewer: Viewer) =>
  byKey(JSON.parse(JSON.stringify(snapshotRecordsFor(records, viewer, themenwandModel))) as BaseRecord[]);

function businessCard(cardId: string, name: string): Op {
  return businessCardOp({
    cardId,
    name,
    contact: {
      email: { value: `${cardId}@example.org`, visibility: "moderators" },
      phone: { value: "+49 355 1234", visibility: "nobody" },
      website: null,
    },
    consent: { text: "Ja.", given: true },
    editKeyHash: "a".repeat(64),
  });
}

/** A board with one column, "col-a", in the test's store. */
async function boardWithColumn(boardId: string): Promise<string> {
  await store.createBoard({
    id: boardId,
    moderatorKeyHash: "x",
    records: [boardMeta(boardId), column("col-a", "a0")],
    createdAt: 0,
  });
  return boardId;
}

describe("the snapshot cache's byte budget (LIMIT-8)", () => {
  it("LIMIT-8 LIMIT-2 forty authors who each see more of their own records cost a small overlay each, and the cache stays within its budget, compressed bodies counted", async () => {
    const boardId = await boardWithColumn("board-budget-01");
    const body = "Wärmenetze und Bürgerenergie in der Lausitz ".repeat(60);
    const requests: CommitRequest[] = Array.from({ length: 200 }, (_, i) => {
      const op = addCardOp(`card-${i}`, "col-a", "a0");
      return { boardId, opId: `op-card-${i}`, op: { ...op, content: { ...op.content, body } }, actor: moderator };
    });
    const authors: Actor[] = Array.from({ length: 40 }, (_, i) => ({
      role: "participant",
      authorId: `author-${String(i).padStart(8, "0")}`,
    }));
    authors.forEach((actor, i) => {
      const feed: Op = { type: "calendarFeed.add", feedId: `feed-${i}`, secretHash: "b".repeat(64) };
      requests.push({ boardId, opId: `op-feed-${i}`, op: feed, actor });
      if (i % 4 === 0)
        requests.push({ boardId, opId: `op-bc-${i}`, op: businessCard(`bcard-${i}`, `Person ${i}`), actor });
    });
    const answers = await store.commit(requests, Date.now());
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const records = (await store.readBoard(boardId))?.records ?? [];

    const budget = 1024 * 1024;
    const cache = new SnapshotCache(store, themenwandModel, 8, budget);
    const participants = await cache.snapshotJsonFor(boardId, { role: "participant", authorId: null });
    expect(participants?.length).toBeGreaterThan(500_000);
    for (const viewer of [...authors, { role: "participant", authorId: null } as Viewer]) {
      const json = (await cache.snapshotJsonFor(boardId, viewer)) as string;
      const snapshot = JSON.parse(json) as BoardSnapshot;
      expect(snapshot.revision).toBe(answers.length);
      expect(byKey(snapshot.records), viewer.authorId ?? "anyone").toEqual(expectedFor(records, viewer));
      // Brotli for the shared text; an author's own goes as gzip when the client takes it.
      const compressed = await cache.compressedFor(boardId, viewer, "br", true);
      const decompress = compressed?.encoding === "br" ? zlib.brotliDecompressSync : zlib.gunzipSync;
      expect(compressed?.encoding).toBe(viewer.authorId ? "gzip" : "br");
      expect(decompress(compressed?.body as Buffer).toString()).toBe(json);
      const brotliOnly = await cache.compressedFor(boardId, viewer, "br", false);
      expect(zlib.brotliDecompressSync(brotliOnly?.body as Buffer).toString()).toBe(json);
      expect(cache.heldBytes).toBeLessThanOrEqual(budget);
    }
    // The author's own card travels whole (its phone, shown to nobody else), the others' without.
    const own = (await cache.snapshotJsonFor(boardId, authors[4])) as string;
    expect(own).toContain("bcard-4@example.org");
    expect(own).toContain("+49 355 1234");
    expect(own).not.toContain("bcard-8@example.org");
    expect(own.match(/\+49 355 1234/g)).toHaveLength(1);
    // Moderators too, and the moderators' snapshot is built again when it was dropped.
    const moderators = JSON.parse((await cache.snapshotJsonFor(boardId, moderator)) as string) as BoardSnapshot;
    expect(byKey(moderators.records)).toEqual(expectedFor(records, moderator));
    expect(cache.heldBytes).toBeLessThanOrEqual(budget);
    const gz = await cache.compressedFor(boardId, authors[7], "gzip");
    expect(JSON.parse(zlib.gunzipSync(gz?.body as Buffer).toString())).toEqual(
      JSON.parse((await cache.snapshotJsonFor(boardId, authors[7])) as string),
    );
  });

  it("LIMIT-2 HTTP-7 a text made from an audience's snapshot is made once per revision and key, goes with the next change or the board's end, and counts against the budget", async () => {
    const boardId = await boardWithColumn("board-made-01");
    const cache = new SnapshotCache(store, themenwandModel);
    const made: number[] = [];
    const make = async (snapshot: BoardSnapshot) => {
      made.push(snapshot.revision);
      return `paint of revision ${snapshot.revision} `.repeat(1000);
    };
    const before = cache.heldBytes;
    const first = await cache.madeFor(boardId, "participant", "k", make);
    const again = await cache.madeFor(boardId, "participant", "k", make);
    expect(again?.text).toBe(first?.text);
    expect(made).toEqual([0]);
    expect(cache.heldBytes - before).toBeGreaterThanOrEqual(first?.text?.length ?? Number.NaN);

    const [answer] = await store.commit(
      [{ boardId, opId: "op-made-1", op: addCardOp("card-made-1", "col-a", "a0"), actor: moderator }],
      Date.now(),
    );
    expect(answer.ok).toBe(true);
    const changed = await cache.madeFor(boardId, "participant", "k", make);
    expect(made).toEqual([0, 1]);
    expect(changed?.snapshot.records.some((record) => record.id === "card-made-1")).toBe(true);

    cache.forget(boardId);
    await store.deleteBoard(boardId);
    expect(await cache.madeFor(boardId, "participant", "k", make)).toBeUndefined();
    expect(made).toEqual([0, 1]);
  });
});
