import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { BoardStore } from "../../server/store/BoardStore";
import { openDatabase } from "../../server/store/openDatabase";
import { openStore } from "../../server/store/openStore";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";
import type { Op } from "../../shared/ops";
import { addCardOp, alice, bob, newBoard } from "../helpers/fixtures";
import { freshPostgresDatabase } from "../helpers/services/postgres";

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), "themenwand-copy-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `npm run copy-to-postgres`, as an operator runs it. */
function copyCommand(databaseUrl: string, path: string) {
  return run(process.execPath, ["--import", "tsx", "scripts/copy-to-postgres.ts", path], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

const BOARDS = ["board-copy-0001", "board-copy-0002"];
const COLUMN = "col-copy-0001";

/** Two boards with cards, an edit and a removal: records, op log and receipts all have rows. */
async function sqliteWithBoards(path: string): Promise<SqliteBoardStore> {
  const store = new SqliteBoardStore(openDatabase(path));
  for (const boardId of BOARDS) {
    await store.createBoard(newBoard(boardId, [{ id: COLUMN, title: "Wärmewende", rank: "a0" }], "Stammtisch"));
    const ops: [string, Op][] = [
      ["op-copy-001", addCardOp("card-copy-1", COLUMN, "a0", "Bürgerenergie")],
      ["op-copy-002", addCardOp("card-copy-2", COLUMN, "a1")],
      ["op-copy-003", { type: "card.remove", cardId: "card-copy-2" }],
    ];
    const answers = await store.commit(
      ops.map(([opId, op]) => ({ boardId, opId, op, actor: alice })),
      1_000,
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
  }
  return store;
}

describe("copying the SQLite file to PostgreSQL (docs/DEPLOY.md)", () => {
  it("SCALE-9 carries boards, revisions, the op log and exactly-once over, and refuses to copy twice", async () => {
    const path = join(folder, "themenwand.db");
    const sqlite = await sqliteWithBoards(path);
    const databaseUrl = await freshPostgresDatabase();
    const expected = await Promise.all(BOARDS.map((id) => sqlite.readBoard(id)));
    const expectedLog = await sqlite.changesSince(BOARDS[0], 0);
    await sqlite.close();

    const copied = await copyCommand(databaseUrl, path);
    expect(copied.output).toContain("Done: 2 boards");
    expect(copied.code).toBe(0);

    const postgres: BoardStore = await openStore({ databaseUrl, databasePath: path });
    try {
      for (const [index, boardId] of BOARDS.entries()) {
        const board = await postgres.readBoard(boardId);
        expect(board?.revision).toBe(3);
        expect(byId(board?.records)).toEqual(byId(expected[index]?.records));
        expect(await postgres.moderatorKeyHash(boardId)).toBe("ab".repeat(32));
      }
      // A client that was at revision 1 before the move catches up from the copied op log.
      expect(await postgres.changesSince(BOARDS[0], 0)).toEqual(expectedLog);
      // A retry of an op committed before the move is recognised; another sender's reuse is refused.
      const [retry] = await postgres.commit(
        [
          {
            boardId: BOARDS[0],
            opId: "op-copy-001",
            op: addCardOp("card-copy-1", COLUMN, "a0", "Bürgerenergie"),
            actor: alice,
          },
        ],
        2_000,
      );
      expect(retry).toMatchObject({ ok: true, replayed: true, committed: { revision: 1 } });
      const [reused] = await postgres.commit(
        [{ boardId: BOARDS[0], opId: "op-copy-001", op: addCardOp("card-copy-9", COLUMN, "a2"), actor: bob }],
        2_000,
      );
      expect(reused).toMatchObject({ ok: false, problem: { code: "op_id_reused" } });
      const [next] = await postgres.commit(
        [{ boardId: BOARDS[0], opId: "op-copy-004", op: addCardOp("card-copy-4", COLUMN, "a2"), actor: bob }],
        2_000,
      );
      expect(next).toMatchObject({ ok: true, committed: { revision: 4 } });

      const again = await copyCommand(databaseUrl, path);
      expect(again.code).toBe(1);
      expect(again.output).toMatch(/Nothing was copied: PostgreSQL has 2 of these boards already/);
      expect((await postgres.readBoard(BOARDS[0]))?.revision).toBe(4);
    } finally {
      await postgres.close();
    }
  });
});

function byId<T extends { type: string; id: string }>(records: T[] | undefined): T[] {
  return [...(records ?? [])].sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`));
}
