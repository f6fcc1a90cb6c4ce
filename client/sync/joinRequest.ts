import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { JoinRequest } from "../../shared/events";
import type { KeyValueStorage } from "./storage";

/**
 * What a board page says when it joins, and which answers are final. BoardSync decides when to
 * join; this file decides what a join is.
 */

/** Where this browser keeps its author token (AUTH-2); the first load and the wall's edit-link claim send it too. */
export const AUTHOR_TOKEN_KEY = "themenwand:authorToken";

export const readAuthorToken = (storage: KeyValueStorage): string | undefined =>
  storage.getItem(AUTHOR_TOKEN_KEY) ?? undefined;

/** A join that failed for a passing reason is asked again after this long. */
export const JOIN_RETRY_MS = 1_000;

/** Join answers that asking again cannot change; anything else (say internal) is retried. */
const FINAL_JOIN_FAILURES: ReadonlySet<string> = new Set([
  "unknown_board",
  "forbidden",
  "invalid_input",
  // Only a reload brings the newer page; pending ops stay in storage and are sent by it.
  "outdated_client",
]);

export const isFinalJoinFailure = (code: string): boolean => FINAL_JOIN_FAILURES.has(code);

/** The join for a page holding the board at `since` (null: none, send it whole). */
export function joinRequestOf(
  options: { boardId: string; moderatorKey?: string; linkKey?: string; storage: KeyValueStorage; protocol?: number },
  since: number | null,
): JoinRequest {
  return {
    boardId: options.boardId,
    since,
    moderatorKey: options.moderatorKey,
    ...(options.linkKey ? { linkKey: options.linkKey } : {}),
    authorToken: readAuthorToken(options.storage),
    protocol: options.protocol ?? PROTOCOL_VERSION,
  };
}
