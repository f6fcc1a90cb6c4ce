import type { Pool } from "pg";
import { inTransaction, readOnce } from "./poolAccess";
import { SQL } from "./postgresStatements";

/** A board's end on PostgreSQL: deleting it (OPS-5) and finding the quiet ones (OPS-6). */

/**
 * Deletes the board and all its rows in one transaction; false when there was no such board. The
 * board's row goes first: a commit of this board waits for its lock, then finds no board.
 */
export async function deleteBoardRows(pool: Pool, boardId: string): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(SQL.deleteBoard, [boardId]);
    for (const statement of SQL.deleteBoardRows) await client.query(statement, [boardId]);
    return (rowCount ?? 0) > 0;
  });
}

/** When the board last changed (its newest logged change, else its creation); undefined when there is none. */
export async function lastActivityOf(pool: Pool, boardId: string): Promise<number | undefined> {
  const { rows } = await readOnce<{ at: string }>(pool, SQL.lastActivity, [boardId]);
  return rows[0] === undefined ? undefined : Number(rows[0].at);
}

/** Up to `limit` boards that have not changed since `before`. */
export async function idleBoardIds(pool: Pool, before: number, limit: number): Promise<string[]> {
  const { rows } = await readOnce<{ id: string }>(pool, SQL.idleBoards, [before, limit]);
  return rows.map((row) => row.id);
}
