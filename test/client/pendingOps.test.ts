import { describe, expect, it } from "vitest";
import { EditorDrafts } from "../../client/features/topics/editorDrafts";
import { PendingOps } from "../../client/sync/pendingOps";
import { memoryStorage } from "../../client/sync/storage";
import { addCardOp, card } from "../helpers/fixtures";

describe("pending ops", () => {
  it("SYNC-6 survive a reload: a new PendingOps on the same storage sees the unacknowledged ops in order", () => {
    const storage = memoryStorage();
    const before = new PendingOps(storage, "board-000001");
    before.add({ opId: "op-0000001", op: addCardOp("card-0001", "col-aaaa", "a0") });
    before.add({ opId: "op-0000002", op: addCardOp("card-0002", "col-aaaa", "a1") });
    before.remove("op-0000001");
    const afterReload = new PendingOps(storage, "board-000001");
    expect(afterReload.list().map((p) => p.opId)).toEqual(["op-0000002"]);
    expect(new PendingOps(storage, "board-other1").list()).toEqual([]);
  });

  it("SYNC-6 keep working when storage is full or holds garbage", () => {
    const storage = memoryStorage();
    storage.setItem("themenwand:pending:board-000001", "{not json");
    const pending = new PendingOps(storage, "board-000001");
    expect(pending.list()).toEqual([]);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const inMemory = new PendingOps(full, "board-000001");
    inMemory.add({ opId: "op-0000001", op: addCardOp("card-0001", "col-aaaa", "a0") });
    expect(inMemory.list()).toHaveLength(1);
  });

  it("SYNC-11 two tabs on one board never erase each other's ops: a reopened tab sees every one, once", () => {
    const shared = memoryStorage();
    const tabA = new PendingOps(shared, "board-000001");
    const tabB = new PendingOps(shared, "board-000001");
    tabA.add({ opId: "op-a000001", op: addCardOp("card-a001", "col-aaaa", "a0") });
    tabB.add({ opId: "op-b000001", op: addCardOp("card-b001", "col-aaaa", "a1") });
    tabA.add({ opId: "op-a000002", op: addCardOp("card-a002", "col-aaaa", "a2") });
    tabB.add({ opId: "op-b000002", op: addCardOp("card-b002", "col-aaaa", "a3") });
    tabA.remove("op-a000001");
    const reopened = new PendingOps(shared, "board-000001").list().map((p) => p.opId);
    // Every op once; each tab's own ops in the order that tab queued them.
    expect([...reopened].sort()).toEqual(["op-a000002", "op-b000001", "op-b000002"]);
    expect(reopened.indexOf("op-b000001")).toBeLessThan(reopened.indexOf("op-b000002"));
    // An open tab picks up what the other tab queued and removed since (the storage event).
    const diff = tabB.reload();
    expect(tabB.list().map((p) => p.opId)).toEqual(reopened);
    expect(diff.added.map((p) => p.opId)).toEqual(["op-a000002"]);
    expect(diff.removed).toEqual([]);
    tabA.remove("op-a000002");
    expect(tabB.reload().removed).toEqual(["op-a000002"]);
    expect(tabB.list().map((p) => p.opId)).toEqual(["op-b000001", "op-b000002"]);
  });

  it("SYNC-11 SYNC-12 the other tab takes up one written key at a time and ends with what a full reload reads", () => {
    const storage = memoryStorage();
    const writer = new PendingOps(storage, "board-000001");
    const reader = new PendingOps(storage, "board-000001");
    const key = (opId: string) => `${reader.prefix}${opId}`;
    for (let i = 0; i < 5; i++) {
      writer.add({ opId: `op-tab-${i}`, op: addCardOp(`card-tab-${i}`, "col-aaaa", "a0") });
      expect(reader.reloadKey(key(`op-tab-${i}`))).toMatchObject({ added: [{ opId: `op-tab-${i}` }], appended: true });
    }
    writer.remove("op-tab-2");
    expect(reader.reloadKey(key("op-tab-2"))).toMatchObject({ removed: ["op-tab-2"] });
    expect(reader.reloadKey(key("op-tab-2"))).toMatchObject({ removed: [] });
    expect(reader.reloadKey("themenwand:op:board-other1:op-tab-9").added).toEqual([]);
    const incremental = reader.list().map((entry) => entry.opId);
    expect(incremental).toEqual(["op-tab-0", "op-tab-1", "op-tab-3", "op-tab-4"]);
    reader.reload();
    expect(reader.list().map((entry) => entry.opId)).toEqual(incremental);
  });

  it("SYNC-11 ops kept in the old one-key format are taken over", () => {
    const storage = memoryStorage();
    const old = [
      { opId: "op-0000001", op: addCardOp("card-0001", "col-aaaa", "a0") },
      { opId: "op-0000002", op: addCardOp("card-0002", "col-aaaa", "a1") },
    ];
    storage.setItem("themenwand:pending:board-000001", JSON.stringify(old));
    const pending = new PendingOps(storage, "board-000001");
    expect(pending.list()).toMatchObject(old);
    expect(storage.getItem("themenwand:pending:board-000001")).toBeNull();
    expect(new PendingOps(storage, "board-000001").list()).toMatchObject(old);
  });

  it("SYNC-11 two tabs keep each other's open card editors", () => {
    const shared = memoryStorage();
    const tabA = new EditorDrafts(shared, "board-000001");
    const tabB = new EditorDrafts(shared, "board-000001");
    const first = card("card-0001", "col-aaaa", "a0");
    const second = card("card-0002", "col-aaaa", "a1");
    tabA.open(first);
    tabB.open(second);
    tabA.change("card-0001", { kind: "topic", title: "Von Tab A", body: "", link: "" });
    const reopened = new EditorDrafts(shared, "board-000001");
    expect(Object.keys(reopened.getSnapshot()).sort()).toEqual(["card-0001", "card-0002"]);
    expect(reopened.getSnapshot()["card-0001"].fields.title).toBe("Von Tab A");
    tabB.reload();
    expect(Object.keys(tabB.getSnapshot()).sort()).toEqual(["card-0001", "card-0002"]);
  });
});
