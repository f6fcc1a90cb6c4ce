import type { KeyValueStorage } from "../../sync/storage";

/**
 * The links of COMOD-1..6. A moderator link carries its key in the fragment (`#key=…`, which browsers
 * never send to a server), whether it is the board's own or a co-moderator's: the page joins with it
 * as the moderator key either way (AUTH-3).
 */
export const moderatorLinkUrl = (origin: string, boardId: string, key: string): string =>
  `${origin}/b/${encodeURIComponent(boardId)}#key=${key}`;

/** COMOD-6: the board as participants see it; the page joins without a moderator key. */
export const PREVIEW_PARAM = "as";
export const previewUrl = (origin: string, boardId: string): string =>
  `${origin}/b/${encodeURIComponent(boardId)}?${PREVIEW_PARAM}=participant`;

export const isPreview = (search: string): boolean => new URLSearchParams(search).get(PREVIEW_PARAM) === "participant";

/**
 * The moderator's browser keeps each co-moderator link's secret it made, to show the link again (as the
 * conveners' link, AG-5); the server has only its hash. `forgetBoard` clears it with the board.
 */
const keyOf = (boardId: string, inviteId: string) => `themenwand:moderatorInvite:${boardId}:${inviteId}`;

export function readInviteSecret(storage: KeyValueStorage, boardId: string, inviteId: string): string | null {
  try {
    return storage.getItem(keyOf(boardId, inviteId));
  } catch {
    return null;
  }
}

export function writeInviteSecret(storage: KeyValueStorage, boardId: string, inviteId: string, secret: string | null) {
  try {
    if (secret === null) storage.removeItem(keyOf(boardId, inviteId));
    else storage.setItem(keyOf(boardId, inviteId), secret);
  } catch {
    // Storage denied: the link shows in this page only.
  }
}
