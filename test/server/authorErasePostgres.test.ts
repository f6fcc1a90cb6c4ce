import { beforeAll, describe, expect, it } from "vitest";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore } from "../../server/store/postgres/PostgresBoardStore";
import { type Op, OpSchema } from "../../shared/ops";
import { addCardOp, alice, bob, newBoard } from "../helpers/fixtures";
import { migratedPostgresDatabase } from "../helpers/services/postgres";

let url: string;
beforeAll(async () => {
  url = await migratedPostgresDatabase();
});

const MARKER = "Pgloeschmarke";

describe("erasing one's own data on PostgreSQL (DATA-2, ERASE-2)", () => {
  it("DATA-2 NET-6 author.erase on PostgreSQL forgets every record of its sender in one transaction, and the op log keeps none of it", async () => {
    const store = new PostgresBoardStore(openPool(url));
    const boardId = "board-pg-author-erase";
    await store.createBoard(newBoard(boardId, [{ id: "col-pg-erase", title: "A", rank: "a0" }], "E"));
    let n = 0;
    const commit = (op: Op, actor = alice) => store.commit([{ boardId, opId: `op-pg-author-${++n}`, op, actor }], n);
    expect(await commit(addCardOp("card-pg-alice", "col-pg-erase", "a0", `${MARKER} Karte`))).toMatchObject([
      { ok: true },
    ]);
    expect(await commit(addCardOp("card-pg-bob01", "col-pg-erase", "a1", "Bobs Karte"), bob)).toMatchObject([
      { ok: true },
    ]);
    const publish = OpSchema.parse({
      type: "businessCard.publish",
      cardId: "bcard-pg-alice",
      name: `${MARKER} Alice`,
      about: MARKER.repeat(100),
      contact: { email: null, phone: null, website: null },
      consent: { text: "Ja.", given: true },
      editKeyHash: "d".repeat(64),
    });
    expect(await commit(publish)).toMatchObject([{ ok: true }]);
    expect(JSON.stringify(await store.changesSince(boardId, 0))).toContain(MARKER);

    expect(await commit({ type: "author.erase" })).toMatchObject([{ ok: true }]);
    const records = (await store.readBoard(boardId))?.records ?? [];
    expect(records.filter((record) => record.authorId === alice.authorId)).toEqual([]);
    expect(records.map((record) => record.id)).toContain("card-pg-bob01");
    const everything = JSON.stringify({ records, log: await store.changesSince(boardId, 0) });
    expect(everything).not.toContain(MARKER);
    await store.close();
  });
});
