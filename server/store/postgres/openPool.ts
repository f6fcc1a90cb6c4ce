import pg from "pg";
import { errorFields, log } from "../../observability/logger";
import { POSTGRES_POOL_DEFAULTS, type PostgresPoolOptions } from "./poolOptions";

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
