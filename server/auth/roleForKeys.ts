import { type Problem, problem } from "../../shared/errors";
import type { Role } from "../../shared/model";
import { inviteOfKey } from "../features/comoderators/inviteKeys";
import type { BoardStore } from "../store/BoardStore";
import { secretMatchesHash } from "./secrets";

/** The keys a join or a REST request brings along for one board. */
export interface BoardKeys {
  moderatorKey?: string;
}

/** Who the keys make the caller: a moderator through the board's own key or a co-moderator link (its id), else a participant. */
export interface KeyRole {
  role: Role;
  moderatorInviteId?: string;
}

export type KeyCheck = { ok: true; value: KeyRole } | { ok: false; problem: Problem };

/**
 * The one check of a board's keys, for socket joins and REST requests alike (AUTH-1, COMOD-2): no key
 * makes a participant; the board's own moderator key or a live co-moderator link's key a moderator;
 * any other key is refused (never ignored), a revoked co-moderator link's too (COMOD-3).
 */
export async function roleForKeys(store: BoardStore, boardId: string, keys: BoardKeys): Promise<KeyCheck> {
  const keyHash = await store.moderatorKeyHash(boardId);
  if (keyHash === undefined) return { ok: false, problem: problem("unknown_board", "This board does not exist.") };
  const { moderatorKey } = keys;
  if (moderatorKey === undefined) return { ok: true, value: { role: "participant" } };
  if (secretMatchesHash(moderatorKey, keyHash)) return { ok: true, value: { role: "moderator" } };
  const moderatorInviteId = await inviteOfKey(store, boardId, moderatorKey);
  if (moderatorInviteId !== null) return { ok: true, value: { role: "moderator", moderatorInviteId } };
  return { ok: false, problem: problem("forbidden", "This moderator link is not valid for this board.") };
}
