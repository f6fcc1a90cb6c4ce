import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BoardStore, CommitRequest, CommitResponse } from "../../server/store/BoardStore";
import type { BaseRecord } from "../../shared/core/records";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { addCardOp, alice, bob, moderator, newBoard } from "../helpers/fixtures";
import { boardContents } from "../helpers/testServer";

/**
 * The behaviour every BoardStore must show. A new implementation (say PostgreSQL) passes by
 * calling this with a factory for fresh, empty stores.
 */
export function describeBoardStoreContract(
  name: string,
  makeStore: () => BoardStore | Promise<BoardStore>,
  /** Closes the store and opens its database afresh (nothing cached in memory), when the store can. */
  reopen?: (store: BoardStore) => Promise<BoardStore>,
) {
  describe(`BoardStore contract: ${name}`, () => {
    const carol: Actor = { role: "participant", authorId: "author-carol-01" };
    let store: BoardStore;
    const boardId = "board-contract-1";
    const request = (opId: string, op: Op, actor: Actor = alice): CommitRequest => ({ boardId, opId, op, actor });
    const commitOne = async (opId: string, op: Op, actor: Actor = alice): Promise<CommitResponse> =>
      (await store.commit([request(opId, op, actor)], 1000))[0];
    const contents = (id = boardId) => boardContents(store, id);

    beforeEach(async () => {
      store = await makeStore();
      const board = newBoard(
        boardId,
        [
          { id: "col-aaaa", title: "Klimaschutz", rank: "a0" },
          { id: "col-bbbb", title: "Mobilität", rank: "a1" },
        ],
        "Stammtisch",
      );
      board.records[0] = { ...board.records[0], description: "Lausitz" } as (typeof board.records)[0];
      await store.createBoard(board);
    });
    afterEach(async () => {
      await store.close();
    });

    it("BOARD-1 creates a board with its columns in order at revision 0", async () => {
      const snapshot = await contents(boardId);
      expect(snapshot).toMatchObject({
        revision: 0,
        board: { title: "Stammtisch", description: "Lausitz", version: 1 },
      });
      expect(snapshot?.columns.map((c) => c.title)).toEqual(["Klimaschutz", "Mobilität"]);
      expect(await store.moderatorKeyHash(boardId)).toBe("ab".repeat(32));
      expect(await store.readBoard("board-missing")).toBeUndefined();
      expect(await store.moderatorKeyHash("board-missing")).toBeUndefined();
    });

    it("LIMIT-2 LINK-7 reads one record of a board at its current revision, nothing for a missing board or record", async () => {
      const column = (await contents(boardId))?.columns[0];
      if (!column) throw new Error("the new board has columns");
      expect(await store.readRecord(boardId, "column", column.id)).toEqual(column);
      await commitOne("op-0000r01", addCardOp("card-r001", column.id, "a0"));
      expect(await store.readRecord(boardId, "card", "card-r001")).toMatchObject({ type: "card", id: "card-r001" });
      expect(await store.readRecord(boardId, "card", "card-none")).toBeUndefined();
      expect(await store.readRecord("board-missing", "column", column.id)).toBeUndefined();
    });

    it("SYNC-1 bumps the revision by one per committed op and keeps the change in the op log", async () => {
      const first = await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      const second = await commitOne("op-0000002", addCardOp("card-0002", "col-aaaa", "a1"));
      expect(first).toMatchObject({ ok: true, committed: { revision: 1, opId: "op-0000001" } });
      expect(second).toMatchObject({ ok: true, committed: { revision: 2 } });
      expect((await contents(boardId))?.revision).toBe(2);
      expect((await store.changesSince(boardId, 0))?.map((c) => c.revision)).toEqual([1, 2]);
      expect((await store.changesSince(boardId, 1))?.map((c) => c.opId)).toEqual(["op-0000002"]);
      expect(await store.changesSince(boardId, 2)).toEqual([]);
    });

    it("SYNC-3 SYNC-13 answers a retried op id with the stored result, marked replayed, and no second effect", async () => {
      const op = addCardOp("card-0001", "col-aaaa", "a0");
      const first = await commitOne("op-0000001", op);
      const again = await commitOne("op-0000001", op);
      expect(again).toEqual({ ...first, replayed: true });
      // In one batch too: the retry sees the first commit and is marked as its replay.
      const [move, moveAgain] = await store.commit(
        [
          request("op-0000002", { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a0" }),
          request("op-0000002", { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a0" }),
        ],
        1000,
      );
      expect(move).toMatchObject({ ok: true, committed: { revision: 2 } });
      expect(move).not.toHaveProperty("replayed");
      expect(moveAgain).toEqual({ ...move, replayed: true });
      expect((await contents(boardId))?.revision).toBe(2);
      expect((await contents(boardId))?.cards).toHaveLength(1);
    });

    it("SYNC-13 an op id repeated by another sender, or for another op, is refused op_id_reused and changes nothing", async () => {
      const op = addCardOp("card-0001", "col-aaaa", "a0");
      await commitOne("op-0000001", op);
      for (const [actor, repeated] of [
        [bob, op],
        [moderator, op],
        [{ role: "moderator", authorId: alice.authorId }, op],
        [alice, addCardOp("card-0002", "col-aaaa", "a1")],
        [alice, { ...op, rank: "a5" }],
      ] as [Actor, Op][]) {
        const response = await commitOne("op-0000001", repeated, actor);
        expect(response).toMatchObject({ ok: false, problem: { code: "op_id_reused" } });
        expect(response).not.toHaveProperty("committed");
      }
      expect(await contents(boardId)).toMatchObject({ revision: 1, cards: [{ id: "card-0001", rank: "a0" }] });
      // Key order is not content: the same op written another way is the same request.
      const reordered = Object.fromEntries(Object.entries(op).reverse()) as Op;
      expect(await commitOne("op-0000001", reordered)).toMatchObject({ ok: true, replayed: true });
    });

    it("SYNC-13 API-3 REST idempotency keys and socket op ids are apart; a REST retry is told by what it asked", async () => {
      const script: Actor = { role: "participant", authorId: null };
      const body = { columnId: "col-aaaa", authorName: "Skript", content: addCardOp("x", "y", "a0").content };
      const viaApi = async (opId: string, cardId: string, asked: unknown) =>
        (
          await store.commit(
            [{ ...request(opId, addCardOp(cardId, "col-aaaa", "a0"), script), namespace: "api", asked }],
            1000,
          )
        )[0];

      const socketOp = await commitOne("shared-key-01", addCardOp("card-0001", "col-aaaa", "a0"));
      const apiOp = await viaApi("shared-key-01", "card-0002", body);
      expect(apiOp).toMatchObject({ ok: true, committed: { revision: 2, opId: "shared-key-01" } });
      expect(apiOp).not.toHaveProperty("replayed");
      // The retry builds its op afresh (a new card id); the same body makes it a retry all the same.
      expect(await viaApi("shared-key-01", "card-0003", body)).toEqual({ ...apiOp, replayed: true });
      expect(await viaApi("shared-key-01", "card-0003", { ...body, authorName: "Anders" })).toMatchObject({
        ok: false,
        problem: { code: "op_id_reused" },
      });
      expect(await commitOne("shared-key-01", addCardOp("card-0001", "col-aaaa", "a0"))).toEqual({
        ...socketOp,
        replayed: true,
      });
      expect((await contents(boardId))?.cards.map((c) => c.id)).toEqual(["card-0001", "card-0002"]);
    });

    it("VAL-1 a rejected op changes nothing and bumps no revision", async () => {
      const response = await commitOne("op-0000001", { type: "column.remove", columnId: "col-aaaa" }, alice);
      expect(response).toMatchObject({ ok: false, problem: { code: "forbidden" } });
      expect((await contents(boardId))?.revision).toBe(0);
      expect((await contents(boardId))?.columns).toHaveLength(2);
    });

    it("VAL-4 an op for an unknown board is answered unknown_board", async () => {
      const [response] = await store.commit(
        [{ boardId: "board-missing", opId: "op-0000001", op: addCardOp("card-0001", "col-aaaa", "a0"), actor: alice }],
        1,
      );
      expect(response).toMatchObject({ ok: false, problem: { code: "unknown_board" } });
    });

    it("OPS-5 deleting a board removes it with its records, op log and receipts; another board stays", async () => {
      await store.createBoard(newBoard("board-contract-2", [{ id: "col-aaaa", title: "X", rank: "a0" }], "B"));
      expect(await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"))).toMatchObject({ ok: true });
      expect(await store.deleteBoard(boardId)).toBe(true);
      expect(await store.readBoard(boardId)).toBeUndefined();
      expect(await store.revision(boardId)).toBeUndefined();
      expect(await store.moderatorKeyHash(boardId)).toBeUndefined();
      expect(await store.changesSince(boardId, 0)).toBeUndefined();
      expect(await store.lastActivity(boardId)).toBeUndefined();
      // A retry of an op it had committed finds no receipt and no board.
      expect(await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"))).toMatchObject({
        ok: false,
        problem: { code: "unknown_board" },
      });
      expect(await store.deleteBoard(boardId)).toBe(false);
      expect((await contents("board-contract-2"))?.columns).toHaveLength(1);
      // The same id can be created afresh, with nothing of the old board in it.
      await store.createBoard(newBoard(boardId, [{ id: "col-cccc", title: "Neu", rank: "a0" }], "Neu"));
      expect((await contents(boardId))?.cards).toEqual([]);
      expect(await store.changesSince(boardId, 0)).toEqual([]);
    });

    it("OPS-6 a board's last activity is its last commit, else its creation; idle boards are listed by it", async () => {
      await store.createBoard(newBoard("board-contract-2", [{ id: "col-aaaa", title: "X", rank: "a0" }], "B"));
      expect(await store.lastActivity(boardId)).toBe(1);
      await store.commit([request("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"))], 5_000);
      expect(await store.lastActivity(boardId)).toBe(5_000);
      expect(await store.idleBoards(1_000, 10)).toEqual(["board-contract-2"]);
      expect((await store.idleBoards(10_000, 10)).sort()).toEqual([boardId, "board-contract-2"].sort());
      expect(await store.idleBoards(10_000, 1)).toHaveLength(1);
      expect(await store.idleBoards(1, 10)).toEqual([]);
    });

    it("AUTH-2 a board's ops never touch another board's cards even with the same ids", async () => {
      await store.createBoard(newBoard("board-contract-2", [{ id: "col-aaaa", title: "X", rank: "a0" }], "B"));
      await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      const [other] = await store.commit(
        [
          {
            boardId: "board-contract-2",
            opId: "op-0000001",
            op: { type: "card.remove", cardId: "card-0001" },
            actor: moderator,
          },
        ],
        1,
      );
      expect(other).toMatchObject({ ok: false, problem: { code: "not_found" } });
      expect((await contents(boardId))?.cards).toHaveLength(1);
    });

    it("SYNC-8 commits a batch in order; later ops see earlier ones, and one failure spoils no other", async () => {
      const responses = await store.commit(
        [
          request("op-0000001", addCardOp("card-0001", "col-aaaa", "a0")),
          request("op-0000002", { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a0" }),
          request("op-0000003", { type: "column.remove", columnId: "col-aaaa" }, alice),
          request("op-0000004", addCardOp("card-0002", "col-bbbb", "a0")),
        ],
        1,
      );
      expect(responses.map((r) => r.ok)).toEqual([true, true, false, true]);
      const snapshot = await contents(boardId);
      expect(snapshot?.revision).toBe(3);
      const ranks = snapshot?.cards.filter((c) => c.columnId === "col-bbbb").map((c) => c.rank);
      expect(new Set(ranks).size).toBe(2);
    });

    it("CARD-3 stores edits with their version and conflicts on a stale base", async () => {
      await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      const content = { kind: "topic" as const, title: "Neu", body: "Zeile 1\nZeile 2", link: "https://example.org/" };
      expect(
        await commitOne("op-0000002", { type: "card.edit", cardId: "card-0001", baseVersion: 1, content }),
      ).toMatchObject({
        ok: true,
        committed: { writes: [{ put: { type: "card", id: "card-0001", version: 2, content } }] },
      });
      expect(
        await commitOne("op-0000003", { type: "card.edit", cardId: "card-0001", baseVersion: 1, content }),
      ).toMatchObject({
        ok: false,
        problem: { code: "conflict", current: { version: 2 } },
      });
      expect((await contents(boardId))?.cards[0]).toMatchObject({ content, version: 2, authorId: alice.authorId });
    });

    it("COL-2 removing a column deletes its cards in the store too", async () => {
      await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      await commitOne("op-0000002", addCardOp("card-0002", "col-bbbb", "a0"));
      await commitOne("op-0000003", { type: "column.remove", columnId: "col-aaaa" }, moderator);
      expect((await contents(boardId))?.cards.map((c) => c.id)).toEqual(["card-0002"]);
      expect((await store.changesSince(boardId, 2))?.[0].writes.map((write) => "remove" in write)).toEqual([
        true,
        true,
      ]);
    });

    it("SYNC-5 says the op log does not reach back (snapshot needed) for a revision it no longer holds or never had", async () => {
      await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      expect(await store.changesSince(boardId, 5)).toBeUndefined();
      expect(await store.changesSince("board-missing", 0)).toBeUndefined();
    });

    it("REC-2 stores records of any type alike and reads them back whole, odd characters and all", async () => {
      const content = {
        kind: "topic" as const,
        title: 'Zitat "Ja" \\ Nein',
        body: "Zeile\n\tTab 🌱 \u0001",
        link: null,
      };
      await commitOne("op-0000001", { ...addCardOp("card-0001", "col-aaaa", "a0"), authorName: null, content });
      await commitOne("op-0000002", addCardOp("card-0002", "col-bbbb", "a0"));
      const before = await store.readBoard(boardId);
      const reopened = reopen ? await reopen(store) : store;
      const after = await reopened.readBoard(boardId);
      expect(after?.revision).toBe(2);
      const byId = (records: BaseRecord[] = []) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(byId(after?.records)).toEqual(byId(before?.records));
      expect((await boardContents(reopened, boardId))?.cards.find((c) => c.id === "card-0001")?.content).toEqual(
        content,
      );
      if (reopened !== store) await reopened.close();
    });

    it("NET-6 a removed business card's content leaves the op log (and the receipts' answers); revisions stay", async () => {
      const publish = (cardId: string, name: string): Op =>
        OpSchema.parse({
          type: "businessCard.publish",
          cardId,
          name,
          contact: { email: { value: `${cardId}@example.org`, visibility: "moderators" } },
          consent: { text: `Ja, ${name} stimmt zu.`, given: true },
          editKeyHash: "ab".repeat(32),
        });
      const publishAlice = publish("bcard-alice", "Jürgen Müßig");
      await commitOne("op-0000001", publishAlice);
      await commitOne("op-0000002", addCardOp("card-0001", "col-aaaa", "a0"));
      await commitOne("op-0000003", publish("bcard-bob01", "Bettina Bob"), bob);
      const update = OpSchema.parse({
        type: "businessCard.update",
        cardId: "bcard-alice",
        baseVersion: 1,
        name: "Jürgen Müßig-Neu",
        about: "Wärmenetze",
      });
      await commitOne("op-0000004", update);
      // The claim (a server-only op) and the remove in one batch: a change logged in the same batch goes too.
      const [claimed, removed] = await store.commit(
        [
          {
            boardId,
            opId: "op-0000005",
            op: { type: "businessCard.claim", cardId: "bcard-alice", editKeyHash: "ab".repeat(32) },
            actor: carol,
          },
          request("op-0000006", { type: "businessCard.remove", cardId: "bcard-alice" }, moderator),
        ],
        1000,
      );
      expect(claimed).toMatchObject({ ok: true, committed: { revision: 5 } });
      expect(removed).toMatchObject({ ok: true, committed: { revision: 6 } });

      const reopened = reopen ? await reopen(store) : store;
      const log = await reopened.changesSince(boardId, 0);
      expect(log?.map((change) => change.revision)).toEqual([1, 2, 3, 4, 5, 6]);
      const text = JSON.stringify(log);
      for (const gone of ["Jürgen", "bcard-alice@example.org", "Wärmenetze"]) {
        expect(text).not.toContain(gone);
      }
      // Only the card's puts left: the other card and the other person's card are still there.
      expect(log?.map((change) => change.writes.length)).toEqual([0, 1, 1, 0, 0, 1]);
      expect(text).toContain("Bettina Bob"); // hers, not forgotten
      expect(text.replace(/Bettina Bob stimmt zu/, "")).not.toContain("stimmt zu");
      expect((await reopened.readBoard(boardId))?.records.map((record) => record.id)).not.toContain("bcard-alice");
      // A retried publish is answered as done, with nothing of the card.
      const retry = (await reopened.commit([request("op-0000001", publishAlice)], 1000))[0];
      expect(retry).toMatchObject({ ok: true, replayed: true, committed: { revision: 1, writes: [] } });
      // And the board goes on: the next change is revision 7.
      expect(
        (await reopened.commit([request("op-0000007", addCardOp("card-0002", "col-aaaa", "a1"))], 1000))[0],
      ).toMatchObject({
        ok: true,
        committed: { revision: 7 },
      });
      if (reopened !== store) await reopened.close();
    });

    it("LIMIT-2 tells a board's revision, and undefined for an unknown board", async () => {
      expect(await store.revision(boardId)).toBe(0);
      await commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      expect(await store.revision(boardId)).toBe(1);
      expect(await store.revision("board-missing")).toBeUndefined();
      expect(await store.isHealthy()).toBe(true);
    });
  });
}
