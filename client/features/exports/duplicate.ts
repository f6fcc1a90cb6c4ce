import type { CreatedBoard } from "../../../shared/api";
import { asTemplate, type BoardExport } from "../../../shared/boardExport";
import type { ErrorCode } from "../../../shared/errors";
import { rememberAdminToken, storedAdminToken } from "../../sync/createBoard";
import { rememberBoard, rememberModeratorKey } from "../../sync/knownBoards";
import { callerHeaders } from "./download";

export type DuplicateResult = { ok: true; board: CreatedBoard } | { ok: false; code: ErrorCode | "network" };

/**
 * TPL-3: a new board from this one as a template: its export as the moderator reads it, cut down to
 * the template (shared/boardExport.ts), imported through the same route and rules as any import.
 * The new board's moderator key is kept in this browser, as for a board created here.
 */
export async function duplicateBoard(
  boardId: string,
  moderatorKey: string,
  options: { title: string; cards: boolean; adminToken?: string | null },
): Promise<DuplicateResult> {
  const adminToken = options.adminToken || storedAdminToken();
  try {
    const source = await fetch(`/api/boards/${boardId}/export.json`, { headers: callerHeaders(moderatorKey) });
    if (!source.ok) return { ok: false, code: await codeOf(source) };
    const template = asTemplate((await source.json()) as BoardExport, options);
    const response = await fetch("/api/boards/import", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(adminToken ? { "X-Admin-Token": adminToken } : {}) },
      body: JSON.stringify(template),
    });
    if (!response.ok) return { ok: false, code: await codeOf(response) };
    const board = (await response.json()) as CreatedBoard;
    if (adminToken) rememberAdminToken(adminToken);
    rememberModeratorKey(board.boardId, board.moderatorKey);
    rememberBoard(board.boardId, options.title);
    return { ok: true, board };
  } catch {
    return { ok: false, code: "network" };
  }
}

async function codeOf(response: Response): Promise<ErrorCode> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: ErrorCode } } | null;
  return body?.error?.code ?? "internal";
}
