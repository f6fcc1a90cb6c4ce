import { describe, expect, it } from "vitest";
import { previewStorage } from "../../client/features/comoderators/previewStorage";
import { BoardSync } from "../../client/sync/BoardSync";
import { memoryStorage } from "../../client/sync/storage";
import { columnsOf } from "../../shared/boardState";
import { rawClient, waitForState } from "../helpers/clients";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

describe("the participants' preview beside the moderator's tab", () => {
  it("COMOD-6 a preview tab never sends the moderator tab's unsent ops as a participant's", async () => {
    const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    // One browser: one storage for both tabs.
    const storage = memoryStorage();
    const url = server().url;
    const moderatorSocket = rawClient(url);
    const moderator = new BoardSync({ socket: moderatorSocket, boardId, storage, moderatorKey, apiBase: url });
    await waitForState(moderator, (s) => s.status === "online" && s.role === "moderator", "the moderator's tab");

    moderatorSocket.disconnect();
    await waitForState(moderator, (s) => s.status === "offline", "the moderator offline");
    void moderator.submit({ type: "column.rename", columnId, title: "Offline umbenannt", baseVersion: 1 });

    // The preview tab opens meanwhile and joins (sending the outbox it sees) as a participant.
    const previewSocket = rawClient(url);
    const preview = new BoardSync({
      socket: previewSocket,
      boardId,
      storage: previewStorage(storage, boardId).storage,
      apiBase: url,
    });
    await waitForState(preview, (s) => s.status === "online" && s.role === "participant", "the preview tab");
    expect(preview.getState().pendingCount).toBe(0);

    moderatorSocket.connect();
    await waitForState(
      preview,
      (s) => columnsOf(s.board ?? {})[columnId]?.title === "Offline umbenannt",
      "the moderator's rename, sent by the moderator's tab",
    );
    expect(preview.getState().problems).toEqual([]);
    for (const [sync, socket] of [
      [moderator, moderatorSocket],
      [preview, previewSocket],
    ] as const) {
      sync.stop();
      socket.close();
    }
  });
});
