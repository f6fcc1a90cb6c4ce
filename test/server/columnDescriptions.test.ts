import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sortedColumns } from "../../client/features/board/selectors";
import { hashSecret, newSecret } from "../../server/auth/secrets";
import { openPool } from "../../server/store/postgres/openPool";
import { PostgresBoardStore } from "../../server/store/postgres/PostgresBoardStore";
import { columnsOf } from "../../shared/boardState";
import { newId } from "../../shared/ids";
import type { BoardSnapshot, StoredColumn } from "../../shared/model";
import { TEMPLATES } from "../../shared/templates";
import { syncClient, waitForState } from "../helpers/clients";
import { boardMeta, column } from "../helpers/fixtures";
import { migratedPostgresDatabase } from "../helpers/services/postgres";
import { columnsIn, createBoard, serverForThisFile, startTestServer, type TestServer } from "../helpers/testServer";

const sqlite = serverForThisFile();
let postgres: TestServer | undefined;
beforeAll(async () => {
  postgres = await startTestServer({ store: new PostgresBoardStore(openPool(await migratedPostgresDatabase())) });
});
afterAll(async () => {
  await postgres?.stop();
});

type Client = ReturnType<typeof syncClient>;

/** The columns a client shows, as the board page reads them. */
const shownColumns = (client: Client) => {
  const board = client.sync.getState().board;
  return board ? sortedColumns(columnsOf(board)) : [];
};

const online = (client: Client) => waitForState(client.sync, (s) => s.status === "online", "online");

describe("column descriptions on a real server (COL-4)", () => {
  it("COL-4 SYNC-2 BOARD-1 a moderator's description edit reaches another client live; a stale one is refused", async () => {
    const { boardId, moderatorKey, snapshot } = await createBoard(sqlite().url);
    const [first] = columnsIn(snapshot);
    expect(columnsIn(snapshot).map((c) => c.description)).toEqual(
      TEMPLATES.stammtisch.columns.map((c) => c.description),
    );
    const moderator = syncClient(sqlite().url, boardId, moderatorKey);
    const participant = syncClient(sqlite().url, boardId);
    try {
      await online(moderator);
      await online(participant);
      expect(shownColumns(participant)[0].description).toBe(TEMPLATES.stammtisch.columns[0].description);

      const answer = await moderator.sync.submit({
        type: "column.update",
        columnId: first.id,
        title: first.title,
        description: "Bürgerenergie, Wärmeplanung, Solardächer",
        baseVersion: first.version,
      });
      expect(answer).toMatchObject({ ok: true });
      await waitForState(
        participant.sync,
        () => shownColumns(participant)[0]?.description === "Bürgerenergie, Wärmeplanung, Solardächer",
        "the participant sees the new description",
      );
      expect(shownColumns(participant)[0]).toMatchObject({ title: first.title, version: first.version + 1 });

      // The participant may not; the moderator's edit from the old version is a conflict (COL-3).
      expect(
        await participant.sync.submit({
          type: "column.update",
          columnId: first.id,
          title: "Übernommen",
          description: "",
          baseVersion: first.version + 1,
        }),
      ).toMatchObject({ ok: false, problem: { code: "forbidden" } });
      expect(
        await moderator.sync.submit({
          type: "column.update",
          columnId: first.id,
          title: first.title,
          description: "Veraltet",
          baseVersion: first.version,
        }),
      ).toMatchObject({ ok: false, problem: { code: "conflict", current: { version: first.version + 1 } } });
    } finally {
      moderator.close();
      participant.close();
    }
  });

  for (const [name, server] of [
    ["SQLite", () => sqlite()],
    ["PostgreSQL", () => postgres as TestServer],
  ] as const) {
    it(`COL-4 ${name}: a column stored before descriptions is served as it is, shown with none and edited`, async () => {
      const boardId = newId();
      const moderatorKey = newSecret();
      const { description: _none, ...stored } = column("col-old-0001", "a0", "Klimaschutz");
      const old: StoredColumn = stored;
      await server().store.createBoard({
        id: boardId,
        moderatorKeyHash: hashSecret(moderatorKey),
        records: [boardMeta(boardId), old],
        createdAt: 1,
      });
      // The store gives the record back whole, as it was written.
      const response = await fetch(`${server().url}/api/boards/${boardId}`);
      const snapshot = (await response.json()) as BoardSnapshot;
      expect(snapshot.records.find((r) => r.type === "column")).not.toHaveProperty("description");

      const moderator = syncClient(server().url, boardId, moderatorKey);
      const participant = syncClient(server().url, boardId);
      try {
        await online(moderator);
        await online(participant);
        expect(shownColumns(participant)).toMatchObject([{ id: old.id, title: "Klimaschutz", description: "" }]);
        // An older page's rename still works on it; then the description is written.
        expect(
          await moderator.sync.submit({ type: "column.rename", columnId: old.id, title: "Klima", baseVersion: 1 }),
        ).toMatchObject({ ok: true });
        expect(
          await moderator.sync.submit({
            type: "column.update",
            columnId: old.id,
            title: "Klima",
            description: "Was tun wir vor Ort?",
            baseVersion: 2,
          }),
        ).toMatchObject({ ok: true });
        await waitForState(
          participant.sync,
          () => shownColumns(participant)[0]?.description === "Was tun wir vor Ort?",
          "the participant sees the description",
        );
        const after = (await (await fetch(`${server().url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
        expect(after.records.find((r) => r.type === "column")).toMatchObject({
          title: "Klima",
          description: "Was tun wir vor Ort?",
          version: 3,
        });
      } finally {
        moderator.close();
        participant.close();
      }
    });
  }
});
