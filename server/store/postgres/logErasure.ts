import type { PoolClient } from "pg";
import type { RecordKey } from "../../../shared/core/records";
import { logNeedle, withoutPutsOf } from "../boardBatch";
import { SQL } from "./postgresStatements";

/**
 * NET-6: erases a removed record's content from the board's changes before `before` (receipts answer
 * retries with these same changes, so they hold none of it either), in the batch's transaction.
 */
export async function forgetInLog(client: PoolClient, boardId: string, key: RecordKey, before: number): Promise<void> {
  const { rows } = await client.query<{ revision: number; writes: string }>({
    ...SQL.logMentioning,
    values: [boardId, before, logNeedle(key)],
  });
  const revisions: number[] = [];
  const rewritten: string[] = [];
  for (const row of rows) {
    const scrubbed = withoutPutsOf(row.writes, key);
    if (scrubbed === undefined) continue;
    revisions.push(row.revision);
    rewritten.push(scrubbed);
  }
  if (revisions.length > 0) await client.query({ ...SQL.rewriteLog, values: [boardId, revisions, rewritten] });
}
