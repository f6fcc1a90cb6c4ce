import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type App, createApp } from "../../server/app";
import type { Limits } from "../../server/config";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore } from "../../server/store/SqliteBoardStore";

export interface TestServer {
  url: string;
  port: number;
  databasePath: string;
  app: App;
  store: SqliteBoardStore;
  /** Stops the server; the database file stays so that `start` can reopen it. */
  stop(): Promise<void>;
  /** Removes the temporary folder with the database. */
  cleanup(): void;
}

/** A real server on a real SQLite file in a temp folder, on port 0 unless a port is given (restarts). */
export async function startTestServer(
  options: {
    databasePath?: string;
    port?: number;
    withClient?: boolean;
    /** Serve this folder as the client (instead of dist/ with withClient). */
    clientDir?: string;
    /** Lower limits (LIMIT-*) for the tests that check them; the rest run with the defaults. */
    limits?: Partial<Limits>;
  } = {},
): Promise<TestServer> {
  const folder = options.databasePath ? undefined : mkdtempSync(join(tmpdir(), "themenwand-test-"));
  const databasePath = options.databasePath ?? join(folder as string, "board.db");
  const store = new SqliteBoardStore(openDatabase(databasePath));
  const clientDir = options.clientDir ?? (options.withClient ? resolve("dist") : null);
  const app = createApp({ store, clientDir, limits: options.limits });
  await new Promise<void>((done) => app.httpServer.listen(options.port ?? 0, "127.0.0.1", done));
  const port = (app.httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    databasePath,
    app,
    store,
    async stop() {
      await app.close();
      store.close();
    },
    cleanup() {
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function createBoard(
  url: string,
  template: "empty" | "stammtisch" = "stammtisch",
  title = "Stammtisch",
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${url}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ title, template }),
  });
  if (response.status !== 201) throw new Error(`creating a board failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as {
    boardId: string;
    participantUrl: string;
    moderatorUrl: string;
    moderatorKey: string;
    snapshot: import("../../shared/model").BoardSnapshot;
  };
}

/** A real server for the whole test file: started before its tests, stopped after. Call it for the server. */
export function serverForThisFile(options: Parameters<typeof startTestServer>[0] = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterAll(async () => {
    await server?.stop();
    server?.cleanup();
  });
  return () => {
    if (!server) throw new Error("the test server is not started yet");
    return server;
  };
}
