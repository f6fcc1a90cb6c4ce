import type { ModeratorInvite } from "../../../shared/features/comoderators";
import { secretMatchesHash } from "../../auth/secrets";
import type { BoardStore } from "../../store/BoardStore";

/**
 * COMOD-2: the co-moderator link a key opens on a board: the id of the live invite whose hash it
 * matches (each compared in constant time), or null. A revoked link's record is gone, so it opens
 * nothing from the commit of its revocation on.
 */
export async function inviteOfKey(store: BoardStore, boardId: string, key: string): Promise<string | null> {
  const board = await store.readBoard(boardId);
  let found: string | null = null;
  for (const record of board?.records ?? []) {
    if (record.type !== "moderatorInvite") continue;
    const { keyHash } = record as ModeratorInvite;
    // Every invite is compared, so the time taken does not tell which one (if any) matched.
    if (keyHash !== undefined && secretMatchesHash(key, keyHash) && found === null) found = record.id;
  }
  return found;
}
