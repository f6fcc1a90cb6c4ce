import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { BoardSnapshot } from "../../shared/model";
import { syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { freePort, startServerProcess } from "../helpers/serverProcess";
import { cardsIn, columnsIn, createBoard } from "../helpers/testServer";

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), "themenwand-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run backup", () => {
  it("OPS-1 copies the database while people post, and the restored copy holds every change acknowledged before it began", {
    timeout: 90_000,
  }, async () => {
    const env = { PORT: await freePort(), DATABASE_PATH: join(folder, "live", "board.db") };
    const server = await startServerProcess(env);
    try {
      const { boardId, snapshot } = await createBoard(server.url);
      const columnId = columnsIn(snapshot)[0].id;
      const { sync } = syncClient(server.url, boardId);
      await waitForState(sync, (s) => s.status === "online", "online");

      // People keep posting while the backup runs.
      const acknowledged: string[] = [];
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          const id = `card-${String(i).padStart(5, "0")}`;
          if ((await sync.submit(addCardOp(id, columnId, "a0", `Idee ${i} für die Lausitz`))).ok) acknowledged.push(id);
        }
      })();
      await waitForState(sync, (s) => s.revision >= 20, "20 cards in", 20_000);

      const before = [...acknowledged];
      const target = join(folder, "backup.db");
      const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/backup.ts", target], {
        env: { ...process.env, DATABASE_PATH: env.DATABASE_PATH, DATABASE_URL: "" },
      });
      expect(stdout).toMatch(/Backed up .* pages/);
      const during = acknowledged.length - before.length;
      writing = false;
      await writer;
      expect(during, "cards acknowledged while the backup ran").toBeGreaterThan(0);
      expect(existsSync(`${target}.partial`)).toBe(false);

      // Restore: the copy in place of a database file, a server started on it.
      const restoredPath = join(folder, "restored", "board.db");
      const restoredEnv = { PORT: await freePort(), DATABASE_PATH: restoredPath };
      mkdirSync(join(folder, "restored"));
      copyFileSync(target, restoredPath);
      const restored = await startServerProcess(restoredEnv);
      try {
        const answer = (await (await fetch(`${restored.url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
        const ids = new Set(cardsIn(answer).map((card) => card.id));
        for (const id of before) expect(ids.has(id), id).toBe(true);
        expect(ids.size).toBeLessThanOrEqual(acknowledged.length);
        expect(answer.revision).toBe(ids.size);
      } finally {
        await restored.stop();
      }
    } finally {
      await server.stop();
    }
  });

  it("OPS-1 refuses without a target and on a missing database, and leaves no file behind", async () => {
    const script = ["--import", "tsx", "scripts/backup.ts"];
    await expect(run(process.execPath, script, { env: { ...process.env, DATABASE_URL: "" } })).rejects.toMatchObject({
      code: 2,
    });
    const target = join(folder, "nothing.db");
    await expect(
      run(process.execPath, [...script, target], {
        env: { ...process.env, DATABASE_PATH: join(folder, "missing.db"), DATABASE_URL: "" },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining("No database") });
    expect(existsSync(target) || existsSync(`${target}.partial`)).toBe(false);
  });
});
