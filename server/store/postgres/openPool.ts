import pg from "pg";
import { errorFields, log } from "../../observability/logger";

/** How the store talks to PostgreSQL; each has a default that suits one server process. */
export interface PostgresPoolOptions {
  /** Connections this process keeps at most (DATABASE_POOL_SIZE, default 10). */
  poolSize?: number;
  /** How long to wait for a connection before an op is answered store_unavailable (default 5 s). */
  connectTimeoutMs?: number;
  /** How long one query may take before its connection is given up (default 15 s). */
  queryTimeoutMs?: number;
  /** An idle connection is closed after this long (default 30 s). */
  idleTimeoutMs?: number;
}

export const POSTGRES_POOL_DEFAULTS: Required<PostgresPoolOptions> = {
  poolSize: 10,
  connectTimeoutMs: 5_000,
  queryTimeoutMs: 15_000,
  idleTimeoutMs: 30_000,
};

/** BIGINT (revisions, times) as a number: revisions stay far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID && format !== "binary"
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * A connection pool for `url`. A connection that breaks while idle (the server restarted, the network
 * went away) is logged and dropped by the pool; it never crashes the process (SCALE-3).
 */
export function openPool(url: string, options: PostgresPoolOptions = {}): pg.Pool {
  const { poolSize, connectTimeoutMs, queryTimeoutMs, idleTimeoutMs } = { ...POSTGRES_POOL_DEFAULTS, ...options };
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    query_timeout: queryTimeoutMs,
    idleTimeoutMillis: idleTimeoutMs,
    keepAlive: true,
    types,
    application_name: "themenwand",
  });
  pool.on("error", (error) => log.error({ err: errorFields(error) }, "database connection lost"));
  return pool;
}
