import type { Committed } from "./changes";
import type { LinkScope } from "./core/linkScope";
import type { Problem } from "./errors";
import type { Role } from "./model";
import type { OpRequest } from "./ops";

/** What a client sends to (re)join a board. `since` is the last revision it holds, null for none. */
export interface JoinRequest {
  boardId: string;
  since: number | null;
  /** The client's PROTOCOL_VERSION (shared/core/protocol.ts). */
  protocol: number;
  moderatorKey?: string;
  /** A special link's key, `<linkId>.<secret>` (LINK-3). */
  linkKey?: string;
  authorToken?: string;
}

/** Missed changes when the op log still reaches back to `since`, else a full snapshot. */
export type CatchUp =
  | { kind: "changes"; changes: Committed[] }
  /** The snapshot as JSON text (a BoardSnapshot): made once per revision and audience for everyone. */
  | { kind: "snapshot"; snapshotJson: string };

export type JoinResponse =
  | {
      ok: true;
      role: Role;
      /** A special link's holder (LINK-3): what their link opens; none for everyone else. */
      scope?: LinkScope;
      authorId: string;
      /** The author token to keep: the one sent if it was valid, else a newly issued one. */
      authorToken: string;
      /**
       * The server's PROTOCOL_VERSION: the page sends only ops it understands (PROTO-2). Servers from
       * before it accepted only their own version, so a missing one is the page's own.
       */
      protocol?: number;
      catchUp: CatchUp;
      /** When the instance ends quiet boards (OPS-6): after how many days without a change, and when this one would end. */
      expiry?: { afterDays: number; deletesAt: number };
      /** Joined as a moderator with a co-moderator link, not the board's own key: that link's id (COMOD-4). */
      moderatorInviteId?: string;
    }
  | { ok: false; problem: Problem };

export type OpResponse = { ok: true; committed: Committed } | { ok: false; problem: Problem };

export interface Presence {
  count: number;
}

/** The card editors a browser has open (PRES-EDIT-1); an empty list when it closed them. */
export interface EditingRequest {
  cardIds: string[];
  name: string | null;
}

/** What one browser edits, told to the others on the board: `editor` is a key per connection, nothing else. */
export interface Editing extends EditingRequest {
  editor: string;
}

export interface ClientToServerEvents {
  "board:join": (request: JoinRequest, ack: (response: JoinResponse) => void) => void;
  op: (request: OpRequest, ack: (response: OpResponse) => void) => void;
  /** Volatile presence (PRES-EDIT-1): no acknowledgement, never stored. */
  editing: (request: EditingRequest) => void;
}

export interface ServerToClientEvents {
  /** Committed changes of one short tick, in revision order, for everyone on the board. */
  changes: (batch: Committed[]) => void;
  presence: (presence: Presence) => void;
  /** Who edits which cards (PRES-EDIT-1): one browser's open editors, or none. */
  editing: (editing: Editing) => void;
  /** An error about an event that came without an acknowledgement callback to answer. */
  problem: (problem: Problem) => void;
  /** The board was deleted (OPS-5): the server disconnects right after. */
  "board:deleted": () => void;
  /** The co-moderator link this page joined with was revoked (COMOD-3): the server disconnects right after. */
  "moderator:revoked": () => void;
}
