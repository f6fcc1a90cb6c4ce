import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import { PendingOps } from "../../client/sync/pendingOps";
import { memoryStorage } from "../../client/sync/storage";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import { rawClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

describe("a page older than the server", () => {
  const server = serverForThisFile();

  it("PROTO-1 is told to reload and keeps its unsent ops for the reloaded page, which sends them once", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const storage = memoryStorage();
    // What the old page had queued before the server was updated.
    new PendingOps(storage, boardId).add({
      opId: "op-kept-0001",
      op: addCardOp("card-kept", columnsIn(snapshot)[0].id, "a0"),
    });

    const oldSocket = rawClient(server().url);
    const oldPage = new BoardSync({ socket: oldSocket, boardId, storage, protocol: PROTOCOL_VERSION - 1 });
    const failed = await waitForState(oldPage, (state) => state.status === "failed", "told to reload");
    expect(failed.failure?.code).toBe("outdated_client");
    expect(new PendingOps(storage, boardId).list().map((entry) => entry.opId)).toEqual(["op-kept-0001"]);
    expect((await boardContents(server().store, boardId))?.cards).toEqual([]);
    oldPage.stop();
    oldSocket.close();

    const reloadedSocket = rawClient(server().url);
    const reloaded = new BoardSync({ socket: reloadedSocket, boardId, storage, apiBase: server().url });
    await waitForState(reloaded, (state) => state.status === "online" && state.pendingCount === 0, "sent");
    expect((await boardContents(server().store, boardId))?.cards.map((card) => card.id)).toEqual(["card-kept"]);
    reloaded.stop();
    reloadedSocket.close();
  });
});
