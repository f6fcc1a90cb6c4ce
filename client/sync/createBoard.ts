import type { CreatedBoard } from "../../shared/api";
import type { ErrorCode } from "../../shared/errors";
import type { TemplateName } from "../../shared/templates";
import { rememberBoard, rememberModeratorKey } from "./knownBoards";
import { browserStorage, type KeyValueStorage } from "./storage";

export type CreateResult = { ok: true; board: CreatedBoard } | { ok: false; code: ErrorCode | "network" };

/** The instance's admin token (OPS-4), kept once the server accepted it, so an organiser types it once. */
const ADMIN_TOKEN_KEY = "themenwand:adminToken";

export function storedAdminToken(storage: KeyValueStorage = browserStorage()): string | null {
  try {
    return storage.getItem(ADMIN_TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Keeps the admin token once the server accepted it (OPS-4); a board made by import too (TPL-3). */
export function rememberAdminToken(adminToken: string, storage: KeyValueStorage = browserStorage()): void {
  try {
    storage.setItem(ADMIN_TOKEN_KEY, adminToken);
  } catch {
    // Not remembered: asked again next time.
  }
}

/**
 * Creates a board through the REST API and remembers it, with its moderator key, in this browser. An
 * instance that keeps board creation to its organisers answers `forbidden` without its admin token.
 */
export async function createBoard(
  title: string,
  description: string,
  template: TemplateName,
  adminToken: string | null = storedAdminToken(),
): Promise<CreateResult> {
  let response: Response;
  try {
    response = await fetch("/api/boards", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(adminToken ? { "X-Admin-Token": adminToken } : {}) },
      body: JSON.stringify({ title, description, template }),
    });
  } catch {
    return { ok: false, code: "network" };
  }
  const body = (await response.json().catch(() => null)) as (CreatedBoard & { error?: { code: ErrorCode } }) | null;
  if (!response.ok || !body?.boardId) return { ok: false, code: body?.error?.code ?? "internal" };
  if (adminToken) rememberAdminToken(adminToken);
  rememberModeratorKey(body.boardId, body.moderatorKey);
  rememberBoard(body.boardId, title);
  return { ok: true, board: body };
}
