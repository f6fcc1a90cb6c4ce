import type { Pool, PoolClient } from "pg";
import { errorFields, log } from "../../observability/logger";
import { StoreUnavailableError } from "../StoreUnavailableError";
import { isUnavailable } from "./connectionErrors";
import { SQL } from "./postgresStatements";

const ignoreLostConnection = (error: Error) => log.error({ err: errorFields(error) }, "database connection lost");

/**
 * Runs `work` in a transaction on a connection of its own and commits. A failure rolls back; a
 * connection that failed is not given back to the pool. An unreachable database throws
 * StoreUnavailableError (SCALE-3).
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw unavailableOr(error);
  }
  // A connection that breaks while checked out must not crash the process (pg's pool only
  // listens while it is idle); the query under way fails with it.
  client.on("error", ignoreLostConnection);
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    broken = isUnavailable(error);
    if (!broken) await client.query("ROLLBACK").catch(() => (broken = true));
    throw unavailableOr(error);
  } finally {
    client.off("error", ignoreLostConnection);
    client.release(broken);
  }
}

/** One statement on any connection of the pool, outside a transaction (one statement: one snapshot). */
export async function readOnce<R extends object>(
  pool: Pool,
  query: { name?: string; text: string },
  values: unknown[],
) {
  try {
    return await pool.query<R>({ ...query, values });
  } catch (error) {
    throw unavailableOr(error);
  }
}

/** Whether the database answers a ping within `timeoutMs` (a health check's question; never throws). */
export async function answersWithin(pool: Pool, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = pool.query(SQL.ping).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error as the store's callers should see it: StoreUnavailableError when the database is away. */
function unavailableOr(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  return isUnavailable(error) ? new StoreUnavailableError(error) : error;
}
