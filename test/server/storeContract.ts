import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BoardStore, CommitRequest } from "../../server/store/BoardStore";
import type { OpResponse } from "../../shared/events";
import type { Actor } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { addCardOp, alice, moderator } from "../helpers/fixtures";

/**
 * The behaviour every BoardStore must show. A new implementation (say PostgreSQL) passes by
 * calling this with a factory for fresh, empty stores.
 */
export function describeBoardStoreContract(name: string, makeStore: () => BoardStore) {
  describe(`BoardStore contract: ${name}`, () => {
    let store: BoardStore;
    const boardId = "board-contract-1";
    const request = (opId: string, op: Op, actor: Actor = alice): CommitRequest => ({ boardId, opId, op, actor });
    const commitOne = (opId: string, op: Op, actor: Actor = alice): OpResponse =>
      store.commit([request(opId, op, actor)], 1000)[0];

    beforeEach(() => {
      store = makeStore();
      store.createBoard({
        id: boardId,
        title: "Stammtisch",
        description: "Lausitz",
        moderatorKeyHash: "ab".repeat(32),
        columns: [
          { id: "col-aaaa", title: "Klimaschutz", rank: "a0" },
          { id: "col-bbbb", title: "Mobilität", rank: "a1" },
        ],
        createdAt: 5,
      });
    });
    afterEach(() => store.close());

    it("BOARD-1 creates a board with its columns in order at revision 0", () => {
      const snapshot = store.snapshot(boardId);
      expect(snapshot).toMatchObject({
        revision: 0,
        board: { title: "Stammtisch", description: "Lausitz", version: 1 },
      });
      expect(snapshot?.columns.map((c) => c.title)).toEqual(["Klimaschutz", "Mobilität"]);
      expect(store.moderatorKeyHash(boardId)).toBe("ab".repeat(32));
      expect(store.snapshot("board-missing")).toBeUndefined();
      expect(store.moderatorKeyHash("board-missing")).toBeUndefined();
    });

    it("SYNC-1 bumps the revision by one per committed op and keeps the change in the op log", () => {
      const first = commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      const second = commitOne("op-0000002", addCardOp("card-0002", "col-aaaa", "a1"));
      expect(first).toMatchObject({ ok: true, committed: { revision: 1, opId: "op-0000001" } });
      expect(second).toMatchObject({ ok: true, committed: { revision: 2 } });
      expect(store.snapshot(boardId)?.revision).toBe(2);
      expect(store.changesSince(boardId, 0)?.map((c) => c.revision)).toEqual([1, 2]);
      expect(store.changesSince(boardId, 1)?.map((c) => c.opId)).toEqual(["op-0000002"]);
      expect(store.changesSince(boardId, 2)).toEqual([]);
    });

    it("SYNC-3 answers a retried op id with the stored result and no second effect", () => {
      const op = addCardOp("card-0001", "col-aaaa", "a0");
      const first = commitOne("op-0000001", op);
      const again = commitOne("op-0000001", op);
      expect(again).toEqual(first);
      expect(store.snapshot(boardId)?.revision).toBe(1);
      expect(store.snapshot(boardId)?.cards).toHaveLength(1);
    });

    it("VAL-1 a rejected op changes nothing and bumps no revision", () => {
      const response = commitOne("op-0000001", { type: "column.remove", columnId: "col-aaaa" }, alice);
      expect(response).toMatchObject({ ok: false, problem: { code: "forbidden" } });
      expect(store.snapshot(boardId)?.revision).toBe(0);
      expect(store.snapshot(boardId)?.columns).toHaveLength(2);
    });

    it("VAL-4 an op for an unknown board is answered unknown_board", () => {
      const [response] = store.commit(
        [{ boardId: "board-missing", opId: "op-0000001", op: addCardOp("card-0001", "col-aaaa", "a0"), actor: alice }],
        1,
      );
      expect(response).toMatchObject({ ok: false, problem: { code: "unknown_board" } });
    });

    it("AUTH-2 a board's ops never touch another board's cards even with the same ids", () => {
      store.createBoard({
        id: "board-contract-2",
        title: "B",
        description: "",
        moderatorKeyHash: "cd".repeat(32),
        columns: [{ id: "col-aaaa", title: "X", rank: "a0" }],
        createdAt: 1,
      });
      commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      const [other] = store.commit(
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
      expect(store.snapshot(boardId)?.cards).toHaveLength(1);
    });

    it("SYNC-8 commits a batch in order; later ops see earlier ones, and one failure spoils no other", () => {
      const responses = store.commit(
        [
          request("op-0000001", addCardOp("card-0001", "col-aaaa", "a0")),
          request("op-0000002", { type: "card.move", cardId: "card-0001", columnId: "col-bbbb", rank: "a0" }),
          request("op-0000003", { type: "column.remove", columnId: "col-aaaa" }, alice),
          request("op-0000004", addCardOp("card-0002", "col-bbbb", "a0")),
        ],
        1,
      );
      expect(responses.map((r) => r.ok)).toEqual([true, true, false, true]);
      const snapshot = store.snapshot(boardId);
      expect(snapshot?.revision).toBe(3);
      const ranks = snapshot?.cards.filter((c) => c.columnId === "col-bbbb").map((c) => c.rank);
      expect(new Set(ranks).size).toBe(2);
    });

    it("CARD-3 stores edits with their version and conflicts on a stale base", () => {
      commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      const content = { kind: "topic" as const, title: "Neu", body: "Zeile 1\nZeile 2", link: "https://example.org/" };
      expect(
        commitOne("op-0000002", { type: "card.edit", cardId: "card-0001", baseVersion: 1, content }),
      ).toMatchObject({
        ok: true,
        committed: { change: { type: "card.put", card: { version: 2, content } } },
      });
      expect(
        commitOne("op-0000003", { type: "card.edit", cardId: "card-0001", baseVersion: 1, content }),
      ).toMatchObject({
        ok: false,
        problem: { code: "conflict", current: { version: 2 } },
      });
      expect(store.snapshot(boardId)?.cards[0]).toMatchObject({ content, version: 2, authorId: alice.authorId });
    });

    it("COL-2 removing a column deletes its cards in the store too", () => {
      commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      commitOne("op-0000002", addCardOp("card-0002", "col-bbbb", "a0"));
      commitOne("op-0000003", { type: "column.remove", columnId: "col-aaaa" }, moderator);
      expect(store.snapshot(boardId)?.cards.map((c) => c.id)).toEqual(["card-0002"]);
      expect(store.lastCardRank(boardId, "col-bbbb")).toBe("a0");
      expect(store.lastCardRank(boardId, "col-aaaa")).toBe(null);
    });

    it("SYNC-5 says the op log does not reach back (snapshot needed) for a revision it no longer holds or never had", () => {
      commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      expect(store.changesSince(boardId, 5)).toBeUndefined();
      expect(store.changesSince("board-missing", 0)).toBeUndefined();
    });

    it("API-2 serves the same snapshot as ready-made JSON, odd characters and all", () => {
      const content = {
        kind: "topic" as const,
        title: 'Zitat "Ja" \\ Nein',
        body: "Zeile\n\tTab 🌱 \u0001",
        link: null,
      };
      commitOne("op-0000001", { ...addCardOp("card-0001", "col-aaaa", "a0"), authorName: null, content });
      commitOne("op-0000002", addCardOp("card-0002", "col-bbbb", "a0"));
      const json = store.snapshotJson(boardId);
      expect(json && JSON.parse(json)).toEqual(store.snapshot(boardId));
      expect(store.snapshotJson("board-missing")).toBeUndefined();
    });

    it("LIMIT-2 tells a board's revision, and undefined for an unknown board", () => {
      expect(store.revision(boardId)).toBe(0);
      commitOne("op-0000001", addCardOp("card-0001", "col-aaaa", "a0"));
      expect(store.revision(boardId)).toBe(1);
      expect(store.revision("board-missing")).toBeUndefined();
      expect(store.isHealthy()).toBe(true);
    });
  });
}
