import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { BoardSnapshot, Card, Column } from "../shared/model";
import { freePort, startServerProcess } from "../test/helpers/serverProcess";
import { type BenchChild, startChild } from "./child";

/**
 * The real server as `npm start` runs it (the built dist-server/index.js in its own process, rebuilt
 * first if its sources changed; SQLite file, default limits), restartable on the same port, and crowds
 * of real sync clients in child processes (bench/syncCrowdChild.ts). Shared by the reconnect storm and
 * the soak.
 */
export type ServerProcess = Awaited<ReturnType<typeof startServerProcess>>;

export const METRICS_TOKEN = "bench-metrics-token-0123456789";

export async function startServerUnderLoad() {
  const folder = mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), "themenwand-load-"));
  const databasePath = join(folder, "board.db");
  const env = { PORT: await freePort(), DATABASE_PATH: databasePath, METRICS_TOKEN, CLIENT_DIR: join(folder, "none") };
  ensureServerBuilt();
  // A busy machine (or a thousand pages retrying at once) can slow the start down; the bench waits.
  const startOptions = { startTimeoutMs: 90_000, run: "built" as const };
  let server = await startServerProcess(env, startOptions);
  const response = await fetch(`${server.url}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Zukunftswerkstatt", template: "stammtisch" }),
  });
  if (response.status !== 201) throw new Error(`creating the board failed: ${response.status}`);
  const { boardId, snapshot } = (await response.json()) as { boardId: string; snapshot: BoardSnapshot };
  const columnIds = snapshot.records.filter((r): r is Column => r.type === "column").map((column) => column.id);
  return {
    boardId,
    columnIds,
    get server() {
      return server;
    },
    /** SIGTERM (a graceful stop), then the same command again; the times of both halves. */
    async restart(beforeStart?: () => void | Promise<void>) {
      const stopping = performance.now();
      await server.stop();
      const stoppedMs = performance.now() - stopping;
      const exitCode = server.exitCode();
      await beforeStart?.();
      const starting = performance.now();
      server = await startServerProcess(env, startOptions);
      const listeningAt = performance.now();
      return { stoppedMs, startedMs: listeningAt - starting, exitCode, listeningAt };
    },
    /** The board's revision in the database file, read while no server runs. */
    storedRevision(): number {
      const db = new Database(databasePath, { readonly: true });
      try {
        return (db.prepare("SELECT revision FROM boards WHERE id = ?").get(boardId) as { revision: number }).revision;
      } finally {
        db.close();
      }
    },
    async snapshot(): Promise<{ revision: number; cardIds: string[] }> {
      const board = (await (await fetch(`${server.url}/api/boards/${boardId}`)).json()) as BoardSnapshot;
      const cardIds = board.records.filter((r): r is Card => r.type === "card").map((card) => card.id);
      return { revision: board.revision, cardIds };
    },
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** What `npm start` does before it starts: the server rebuilt when missing or older than its sources. */
function ensureServerBuilt(): void {
  const result = spawnSync(process.execPath, ["scripts/ensure-build.mjs", "server"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`building the server failed (exit ${result.status})`);
}

export type ServerUnderLoad = Awaited<ReturnType<typeof startServerUnderLoad>>;

/** Crowd processes of `size` members in all, spread over `processes`, on `addresses` client addresses each. */
export async function startCrowds(
  target: ServerUnderLoad,
  options: { size: number; processes: number; addresses: number },
): Promise<BenchChild[]> {
  const children = Array.from({ length: options.processes }, () =>
    startChild("bench/syncCrowdChild.ts", { core: null }),
  );
  await Promise.all(
    children.map((child) =>
      child.request({ type: "open", url: target.server.url, boardId: target.boardId, addresses: options.addresses }),
    ),
  );
  return children;
}

/** Every crowd's answer to the same request. */
export function askAll<T>(children: BenchChild[], message: Record<string, unknown>, timeoutMs?: number) {
  return Promise.all(children.map((child) => child.request<T>(message, timeoutMs)));
}

/** Members to add to each of `processes` crowds so that `size` are in all. */
export function share(size: number, processes: number, index: number): number {
  return Math.floor(size / processes) + (index < size % processes ? 1 : 0);
}
