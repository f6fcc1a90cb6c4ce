import { forgetBoard } from "./knownBoards";
import { browserStorage, type KeyValueStorage } from "./storage";

/**
 * OPS-5: deletes a board through the REST API with its moderator key; true once the server deleted it
 * (or it was gone already). This browser then keeps nothing of it.
 */
export async function deleteBoard(
  boardId: string,
  moderatorKey: string,
  storage: KeyValueStorage = browserStorage(),
): Promise<boolean> {
  let status: number;
  try {
    const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}`, {
      method: "DELETE",
      headers: { "X-Moderator-Key": moderatorKey },
    });
    status = response.status;
  } catch {
    return false;
  }
  if (status !== 204 && status !== 404) return false;
  forgetBoard(boardId, storage);
  return true;
}
