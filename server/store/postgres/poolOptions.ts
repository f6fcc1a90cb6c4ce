/**
 * How the store talks to PostgreSQL; each has a default that suits one server process. Apart from
 * openPool.ts, so that reading the configuration does not load the pg driver (server/store/openStore.ts).
 */
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
