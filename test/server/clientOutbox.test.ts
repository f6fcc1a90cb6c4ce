import { describe, expect, it } from "vitest";
import type { SyncState } from "../../client/sync/BoardSync";
import { syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

describe("the client's outbox against a real server", () => {
  it("SYNC-10 an op answered with a passing failure (internal) stays pending and lands exactly once", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const client = syncClient(server().url, boardId);
    await waitForState(client.sync, (s) => s.status === "online", "joined");
    const store = server().store;
    const realCommit = store.commit.bind(store);
    let failures = 0;
    store.commit = (requests, now) => {
      if (failures === 0) {
        failures++;
        throw new Error("the disk hiccups once");
      }
      return realCommit(requests, now);
    };
    const seen: SyncState[] = [];
    const unsubscribe = client.sync.subscribe(() => seen.push(client.sync.getState()));
    try {
      const answer = await client.sync.submit(addCardOp("card-hiccup-1", snapshot.columns[0].id, "a0", "Bleibt"));
      expect(failures).toBe(1);
      expect(answer).toMatchObject({ ok: true });
      // While the failure lasted the op was shown as waiting, never as refused.
      expect(seen.some((s) => s.pendingCount === 1 && s.retrying)).toBe(true);
      expect(seen.every((s) => s.problems.length === 0)).toBe(true);
      const stored = server().store.snapshot(boardId);
      expect(stored?.cards.map((c) => c.content.title)).toEqual(["Bleibt"]);
      expect(stored?.revision).toBe(1);
      await waitForState(client.sync, (s) => s.pendingCount === 0 && !s.retrying, "settled");
    } finally {
      store.commit = realCommit;
      unsubscribe();
      client.close();
    }
  });
});
