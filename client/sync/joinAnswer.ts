import type { Committed } from "../../shared/changes";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { JoinResponse } from "../../shared/events";
import type { BoardSnapshot } from "../../shared/model";
import { AUTHOR_TOKEN_KEY, readAuthorToken } from "./joinRequest";
import type { KeyValueStorage } from "./storage";
import type { SyncState } from "./syncState";

/**
 * What an accepted join's answer means for a page: BoardSync applies it in this order (the token,
 * the server's version, the catch-up, then what the page shows); joinRequest.ts says what a join is.
 */
export type JoinAccepted = Extract<JoinResponse, { ok: true }>;

/** The author token this page joined with is kept; one the server issued only where storage kept none. */
export function keepIssuedAuthorToken(storage: KeyValueStorage, answer: JoinAccepted): void {
  if (!readAuthorToken(storage)) storage.setItem(AUTHOR_TOKEN_KEY, answer.authorToken);
}

/** The server's protocol version (PROTO-2); a server from before it told its version accepted only the page's own. */
export function serverProtocolOf(answer: JoinAccepted, pageProtocol: number | undefined): number {
  return answer.protocol ?? pageProtocol ?? PROTOCOL_VERSION;
}

/** What the join brings the page: the whole board, or the changes since the revision it joined with. */
export function caughtUp(answer: JoinAccepted): { snapshot: BoardSnapshot } | { changes: readonly Committed[] } {
  const { catchUp } = answer;
  if (catchUp.kind === "snapshot") return { snapshot: JSON.parse(catchUp.snapshotJson) as BoardSnapshot };
  return { changes: catchUp.changes };
}

/** Another role or author than before: the pending ops are predicted differently (say, what they may change). */
export function joinedAsAnother(answer: JoinAccepted, state: SyncState): boolean {
  return (
    answer.role !== state.role ||
    answer.authorId !== state.authorId ||
    (answer.moderatorInviteId ?? null) !== state.moderatorInviteId
  );
}

/** What the page shows once joined at `revision`: online, as whom, when the board would end, the link's scope. */
export function joinedState(answer: JoinAccepted, revision: number): Partial<SyncState> {
  return {
    status: "online",
    role: answer.role,
    authorId: answer.authorId,
    moderatorInviteId: answer.moderatorInviteId ?? null,
    failure: null,
    expiry: answer.expiry ? { ...answer.expiry, revision } : null,
    scope: answer.scope ?? null,
  };
}
