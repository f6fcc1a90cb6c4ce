import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";
import type { Actor, Role } from "../../shared/model";

/** What the server remembers about a socket once it joined a board. */
export interface SocketData {
  /** The client's address for per-address limits (LIMIT-5, LIMIT-6). */
  address?: string;
  boardId?: string;
  role?: Role;
  authorId?: string;
  /** The co-moderator link this socket joined with (COMOD-3): its ops stop when it is revoked. */
  moderatorInviteId?: string;
  /** A special link's holder (LINK-3, LINK-4): what their link opens, and which link it is. */
  scope?: Actor["scope"];
  link?: Actor["link"];
  /** A random key for this connection's editing presence (PRES-EDIT-1); never an author id. */
  editorKey?: string;
}

/**
 * One process's presence counts, sent to the other processes (`io.serverSideEmit`, through the Redis
 * adapter; SCALE-5). `full` replaces everything known of the sender (a heartbeat); otherwise only
 * the boards named change. `bye` says the sender is closing.
 */
export interface PresenceCounts {
  from: string;
  full: boolean;
  bye?: boolean;
  counts: Record<string, number>;
}

export interface InterServerEvents {
  "presence:counts": (message: PresenceCounts) => void;
}

export type BoardServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type BoardSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
