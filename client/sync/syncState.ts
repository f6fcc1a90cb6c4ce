import type { BoardState } from "../../shared/boardState";
import type { LinkScope } from "../../shared/core/linkScope";
import type { Problem } from "../../shared/errors";
import type { Role } from "../../shared/model";
import type { Op } from "../../shared/ops";

export type ConnectionStatus = "connecting" | "online" | "offline" | "failed";

/** Everything the UI shows about a board; a new object whenever anything in it changes. */
export interface SyncState {
  status: ConnectionStatus;
  /** What the user sees: the server's state with the user's unacknowledged ops applied on top. */
  board: BoardState | null;
  revision: number;
  role: Role | null;
  authorId: string | null;
  /** Joined as a moderator with a co-moderator link: its id (COMOD-4); null with the board's own key or none. */
  moderatorInviteId: string | null;
  pendingCount: number;
  /** A passing failure (timeout, rate_limited, internal) held ops back; they are being sent again. */
  retrying: boolean;
  presence: number;
  /** Why the board cannot be shown (unknown board, bad moderator link), when status is failed. */
  failure: Problem | null;
  /** When the instance ends quiet boards (OPS-6): when this one would end, as told at the last join. */
  expiry: { afterDays: number; deletesAt: number; revision: number } | null;
  /** What a special link opens, for its holder's page (LINK-3); null or absent for everyone else. */
  scope?: LinkScope | null;
  /** Errors answered to ops, newest last, for the UI to show once and drop. */
  problems: readonly { opId: string; op: Op; problem: Problem }[];
}

/** Before anything is known: connecting, with the ops the outbox already holds. */
export function startingState(pendingCount = 0): SyncState {
  return {
    status: "connecting",
    board: null,
    revision: 0,
    role: null,
    authorId: null,
    moderatorInviteId: null,
    pendingCount,
    retrying: false,
    presence: 0,
    failure: null,
    expiry: null,
    problems: [],
  };
}
