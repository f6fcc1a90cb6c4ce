import { describe, expect, it } from "vitest";
import { PendingOps } from "../../client/sync/pendingOps";
import { memoryStorage } from "../../client/sync/storage";
import { addCardOp } from "../helpers/fixtures";

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
});
