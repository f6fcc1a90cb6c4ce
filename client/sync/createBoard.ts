import type { CreatedBoard } from "../../shared/api";
import type { ErrorCode } from "../../shared/errors";
import type { TemplateName } from "../../shared/templates";
import { rememberBoard, rememberModeratorKey } from "./knownBoards";

export type CreateResult = { ok: true; board: CreatedBoard } | { ok: false; code: ErrorCode | "network" };

/** Creates a board through the REST API and remembers it, with its moderator key, in this browser. */
export async function createBoard(title: string, description: string, template: TemplateName): Promise<CreateResult> {
  let response: Response;
  try {
    response = await fetch("/api/boards", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title, description, template }),
    });
  } catch {
    return { ok: false, code: "network" };
  }
  const body = (await response.json().catch(() => null)) as (CreatedBoard & { error?: { code: ErrorCode } }) | null;
  if (!response.ok || !body?.boardId) return { ok: false, code: body?.error?.code ?? "internal" };
  rememberModeratorKey(body.boardId, body.moderatorKey);
  rememberBoard(body.boardId, title);
  return { ok: true, board: body };
}
