import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";
import type { Role } from "../../shared/model";

/** What the server remembers about a socket once it joined a board. */
export interface SocketData {
  /** The client's address for per-address limits (LIMIT-5, LIMIT-6). */
  address?: string;
  boardId?: string;
  role?: Role;
  authorId?: string;
}

export type BoardServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type BoardSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
