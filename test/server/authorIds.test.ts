import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { hashSecret } from "../../server/auth/secrets";
import { MIGRATIONS } from "../../server/store/migrations";
import { isAuthorOf } from "../../shared/core/authorTags";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import { connected, join, rawClient, sendOp, snapshotOfJoin } from "../helpers/clients";
import { createBoard, serverForThisFile, startTestServer } from "../helpers/testServer";

const server = serverForThisFile();

type Joined = Extract<JoinResponse, { ok: true }>;

async function joinAs(url: string, boardId: string, authorToken?: string): Promise<Joined> {
  const socket = await connected(rawClient(url));
  const answer = await join(socket, { boardId, since: null, authorToken });
  socket.close();
  if (!answer.ok) throw new Error(answer.problem.message);
  return answer;
}

describe("author ids", () => {
  it("AUTH-4 AUTH-2 one author token gives a different author id on each board, the same one every time on a board", async () => {
    const a = await createBoard(server().url);
    const b = await createBoard(server().url);
    const first = await joinAs(server().url, a.boardId);
    expect(Buffer.from(first.authorToken, "base64url")).toHaveLength(32);
    const onB = await joinAs(server().url, b.boardId, first.authorToken);
    const againOnA = await joinAs(server().url, a.boardId, first.authorToken);
    expect(onB.authorToken).toBe(first.authorToken);
    expect(onB.authorId).not.toBe(first.authorId);
    expect(againOnA.authorId).toBe(first.authorId);
    expect(first.authorId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // A token the server never issued only identifies whoever holds it.
    const own = "my-own-token-0123456789abcdef";
    const mine = await joinAs(server().url, a.boardId, own);
    expect(mine.authorToken).toBe(own);
    expect((await joinAs(server().url, a.boardId, own)).authorId).toBe(mine.authorId);
    expect(mine.authorId).not.toBe(first.authorId);
  });

  it("AUTH-4 CARD-2 cards written before per-board author ids stay their authors' cards", async () => {
    // A database as an earlier version left it (schema 3): one author row, the same id on two boards.
    const folder = mkdtempSync(joinPath(tmpdir(), "themenwand-legacy-"));
    const databasePath = joinPath(folder, "legacy.db");
    const db = new Database(databasePath);
    for (const migration of MIGRATIONS.slice(0, 3)) db.exec(migration);
    db.pragma("user_version = 3");
    const token = "legacy-token-0123456789abcdefghij";
    const legacyId = newId();
    db.prepare("INSERT INTO authors (id, token_hash, created_at) VALUES (?, ?, ?)").run(legacyId, hashSecret(token), 1);
    const boards = ["board-legacy-a", "board-legacy-b"];
    for (const id of boards) {
      db.prepare(
        "INSERT INTO boards (id, title, description, version, revision, moderator_key_hash, created_at) VALUES (?, ?, '', 1, 1, ?, 1)",
      ).run(id, id, "ab".repeat(32));
      db.prepare("INSERT INTO columns (board_id, id, title, rank, version) VALUES (?, 'col-aaaa', 'A', 'a0', 1)").run(
        id,
      );
      db.prepare(
        `INSERT INTO cards (board_id, id, column_id, rank, author_id, author_name, kind, content, version, created_at, updated_at)
         VALUES (?, 'card-legacy', 'col-aaaa', 'a0', ?, 'Alice', 'topic', ?, 1, 1, 1)`,
      ).run(id, legacyId, JSON.stringify({ kind: "topic", title: "Alt", body: "", link: null }));
    }
    db.close();

    const upgraded = await startTestServer({ databasePath });
    try {
      const ids = [];
      for (const boardId of boards) {
        const socket = await connected(rawClient(upgraded.url));
        const answer = (await join(socket, { boardId, since: null, authorToken: token })) as Joined;
        const card = snapshotOfJoin(answer)?.records.find((record) => record.type === "card");
        // It leaves the server as the card's tag, which only its author recognises (ANON-1).
        expect(card && isAuthorOf(card, answer.authorId)).toBe(true);
        const edit = await sendOp(socket, newId(), {
          type: "card.edit",
          cardId: "card-legacy",
          baseVersion: 1,
          content: { kind: "topic", title: "Noch meins", body: "", link: null },
        });
        expect(edit).toMatchObject({ ok: true });
        ids.push(answer.authorId);
        socket.close();
      }
      expect(ids[0]).not.toBe(ids[1]);
    } finally {
      await upgraded.stop();
      upgraded.cleanup();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
