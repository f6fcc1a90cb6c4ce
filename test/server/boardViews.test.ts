import { describe, expect, it } from "vitest";
import { boardOf } from "../../shared/boardState";
import type { WallSettings } from "../../shared/features/networking/records";
import type { BoardSnapshot } from "../../shared/model";
import { syncClient, waitForState } from "../helpers/clients";
import { boardIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

describe("board views on a real server (VIEW-1, VIEW-2)", () => {
  it("API-1 BOARD-1 VIEW-1 creates a Vernetzung board that opens on its wall, with the wall's lists", async () => {
    const created = await createBoard(server().url, "vernetzung", "Vernetzung Lausitz");
    expect(boardIn(created.snapshot)).toMatchObject({ title: "Vernetzung Lausitz", views: ["wall"] });
    const response = await fetch(`${server().url}/api/boards/${created.boardId}`);
    const snapshot = (await response.json()) as BoardSnapshot;
    const wall = snapshot.records.find((record): record is WallSettings => record.type === "wallSettings");
    expect(wall?.fieldsOfWork).toContain("Regionalentwicklung");
    expect(wall?.regions).toContain("Landkreis Spree-Neiße");
    expect(snapshot.records.filter((record) => record.type === "column")).toEqual([]);
  });

  it("VIEW-2 SYNC-2 a moderator's change of the views reaches another browser live", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = syncClient(server().url, boardId, moderatorKey);
    const other = syncClient(server().url, boardId);
    try {
      await waitForState(mod.sync, (s) => s.status === "online", "moderator online");
      await waitForState(other.sync, (s) => s.status === "online", "participant online");
      const board = mod.sync.getState().board;
      if (!board) throw new Error("no board");
      mod.sync.submit({
        type: "board.update",
        title: "Stammtisch",
        description: "",
        views: ["meetings", "wall"],
        baseVersion: boardOf(board)?.version ?? 0,
      });
      await waitForState(
        other.sync,
        (s) => s.board !== null && boardOf(s.board)?.views?.join() === "meetings,wall",
        "the views at the participant",
      );
    } finally {
      mod.close();
      other.close();
    }
  });
});
