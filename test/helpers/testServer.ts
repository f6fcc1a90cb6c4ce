import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type App, createApp } from "../../server/app";
import type { Limits } from "../../server/config";
import type { BoardModel } from "../../server/core/boardModel";
import type { MailTransport } from "../../server/features/meetings/mail/mailTransport";
import type { BoardStore } from "../../server/store/BoardStore";
import { openDatabase } from "../../server/store/openDatabase";
import { SqliteBoardStore, type SqliteStoreOptions } from "../../server/store/SqliteBoardStore";
import type { ProtocolRange } from "../../shared/core/protocol";
import type { BoardMeta, BoardSnapshot, Card, Column } from "../../shared/model";
import { compareRanked, sortRanked } from "../../shared/ordering";
import type { TemplateName } from "../../shared/templates";

export interface TestServer {
  url: string;
  port: number;
  databasePath: string;
  app: App;
  store: BoardStore;
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
    storeOptions?: SqliteStoreOptions;
    model?: BoardModel;
    /** Serve this folder as the client (instead of dist/ with withClient). */
    clientDir?: string;
    /** Lower limits (LIMIT-*) for the tests that check them; the rest run with the defaults. */
    limits?: Partial<Limits>;
    /** The protocol versions the server speaks (PROTO-1), to play an older or newer server. */
    protocol?: ProtocolRange;
    /** Serve this store (say PostgreSQL) instead of a SQLite file; stop() closes it. */
    store?: BoardStore;
    /** Board creation needs this token (OPS-4). */
    adminToken?: string;
    /** GET /metrics answers with this bearer token (OBS-2). */
    metricsToken?: string;
    /** Boards without a change for this many days end (OPS-6). */
    boardExpiryDays?: number;
    /** Registrations are confirmed by mail through it (MAIL-1..3); stop() closes it. */
    mailTransport?: MailTransport;
    /** PUBLIC_URL and ALLOWED_ORIGINS, for the tests of links and origins. */
    publicUrl?: string;
    allowedOrigins?: string[];
    /** IMPRINT_URL and PRIVACY_URL (LEGAL-1). */
    imprintUrl?: string;
    privacyUrl?: string;
  } = {},
): Promise<TestServer> {
  const folder = options.databasePath || options.store ? undefined : mkdtempSync(join(tmpdir(), "themenwand-test-"));
  const databasePath = options.databasePath ?? (folder ? join(folder, "board.db") : "");
  const { model } = options;
  const store =
    options.store ??
    new SqliteBoardStore(openDatabase(databasePath), { ...options.storeOptions, applyOp: model?.applyOp });
  const clientDir = options.clientDir ?? (options.withClient ? resolve("dist") : null);
  const { publicUrl, allowedOrigins } = options;
  const app = createApp({
    store,
    model,
    clientDir,
    limits: options.limits,
    protocol: options.protocol,
    adminToken: options.adminToken,
    metricsToken: options.metricsToken,
    boardExpiryDays: options.boardExpiryDays,
    imprintUrl: options.imprintUrl,
    privacyUrl: options.privacyUrl,
    mailTransport: options.mailTransport,
    publicUrl,
    allowedOrigins,
  });
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
      await store.close();
      options.mailTransport?.close();
    },
    cleanup() {
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function createBoard(
  url: string,
  template: TemplateName = "stammtisch",
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
    snapshot: BoardSnapshot;
  };
}

/** A snapshot's columns in board order. */
export function columnsIn(snapshot: BoardSnapshot): Column[] {
  return sortRanked(snapshot.records.filter((record): record is Column => record.type === "column"));
}

export function cardsIn(snapshot: BoardSnapshot): Card[] {
  return snapshot.records.filter((record): record is Card => record.type === "card");
}

export function boardIn(snapshot: BoardSnapshot): BoardMeta | undefined {
  return snapshot.records.find((record): record is BoardMeta => record.type === "board");
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

/** A board's contents as a test reads them: its record, columns in order, cards by column and rank. */
export async function boardContents(store: BoardStore, boardId: string) {
  const current = await store.readBoard(boardId);
  if (!current) return undefined;
  const records = current.records;
  const snapshot = { boardId, revision: current.revision, records };
  const cards = cardsIn(snapshot).sort((a, b) => a.columnId.localeCompare(b.columnId) || compareRanked(a, b));
  return { revision: current.revision, board: boardIn(snapshot), columns: columnsIn(snapshot), cards };
}
