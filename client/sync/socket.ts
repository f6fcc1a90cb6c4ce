import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";

export type BoardClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket to the Themenwand server; same origin in the browser, an explicit URL in tests. */
export function connectSocket(url?: string): BoardClientSocket {
  const options = { transports: ["websocket", "polling"], reconnectionDelayMax: 3_000 };
  return url ? io(url, options) : io(options);
}
