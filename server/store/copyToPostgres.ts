import type Database from "better-sqlite3";
import type { Pool, PoolClient } from "pg";

/**
 * Moves boards from the SQLite file to PostgreSQL, for a network that outgrows one process
 * (docs/DEPLOY.md). Both schemas hold the same tables with the same columns: boards, records, the op
 * log and the idempotency receipts, so revisions, catch-up and exactly-once carry over unchanged. It
 * copies in one PostgreSQL transaction (all or nothing) and refuses a board that PostgreSQL has already.
 * The server must be stopped while it runs: the SQLite file must not change underneath.
 */
export interface CopySummary {
  boards: number;
  records: number;
  logEntries: number;
  receipts: number;
}

interface Table {
  name: "boards" | "records" | "op_log" | "op_receipts";
  columns: string[];
  /** PostgreSQL array type of each column, for unnest. */
  types: string[];
}

const TABLES: Table[] = [
  {
    name: "boards",
    columns: ["id", "revision", "moderator_key_hash", "created_at"],
    types: ["text", "bigint", "text", "bigint"],
  },
  {
    name: "records",
    columns: ["board_id", "type", "id", "audience", "author_id", "data"],
    types: ["text", "text", "text", "text", "text", "text"],
  },
  {
    name: "op_log",
    columns: ["board_id", "revision", "op_id", "writes", "created_at"],
    types: ["text", "bigint", "text", "text", "bigint"],
  },
  {
    name: "op_receipts",
    columns: ["board_id", "op_key", "sender", "request", "revision", "created_at"],
    types: ["text", "text", "bytea", "bytea", "bigint", "bigint"],
  },
];

/** Rows per INSERT: big enough for few round trips, small enough for modest memory. */
const CHUNK = 1_000;

export async function copySqliteToPostgres(
  sqlite: Database.Database,
  pool: Pool,
  log: (line: string) => void = () => undefined,
): Promise<CopySummary> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const ids = sqlite.prepare("SELECT id FROM boards").pluck().all() as string[];
    const { rows: taken } = await client.query<{ id: string }>("SELECT id FROM boards WHERE id = ANY($1::text[])", [
      ids,
    ]);
    if (taken.length > 0) {
      throw new Error(
        `PostgreSQL has ${taken.length} of these boards already (e.g. ${taken[0].id}); nothing was copied.`,
      );
    }
    const copied: number[] = [];
    for (const table of TABLES) {
      copied.push(await copyTable(sqlite, client, table));
      log(`${table.name}: ${copied.at(-1)} rows`);
    }
    await client.query("COMMIT");
    const [boards, records, logEntries, receipts] = copied;
    return { boards, records, logEntries, receipts };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function copyTable(sqlite: Database.Database, client: PoolClient, table: Table): Promise<number> {
  const list = table.columns.join(", ");
  const unnest = table.types.map((type, index) => `$${index + 1}::${type}[]`).join(", ");
  const insert = `INSERT INTO ${table.name} (${list}) SELECT * FROM unnest(${unnest})`;
  // SQLite's rows are read as they are sent, so a big file never sits in memory whole.
  const rows = sqlite.prepare(`SELECT ${list} FROM ${table.name}`).raw().iterate() as Iterable<unknown[]>;
  let count = 0;
  let chunk: unknown[][] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const columns = table.columns.map((_, index) => chunk.map((row) => row[index]));
    await client.query(insert, columns);
    count += chunk.length;
    chunk = [];
  };
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === CHUNK) await flush();
  }
  await flush();
  return count;
}
