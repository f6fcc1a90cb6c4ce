import { problem } from "../../shared/errors";
import { clientAddress, type TrustsProxy } from "../http/clientAddress";
import { log } from "../observability/logger";
import type { BoardServer, BoardSocket } from "./types";

/** The address a socket counts against (LIMIT-5, LIMIT-6), found once as it connected. */
export function socketAddress(socket: BoardSocket): string {
  return socket.data.address ?? "unknown";
}

/**
 * LIMIT-5: at most `max` open connections per address. The connect middleware refuses the next
 * one with a `rate_limited` problem (the client sees it as connect_error with that data); a
 * connection counts until its transport closes.
 */
export function limitConnections(io: BoardServer, max: number, trusts: TrustsProxy): void {
  const open = new Map<string, number>();
  io.use((socket, next) => {
    const address = clientAddress(socket.handshake.address, socket.handshake.headers["x-forwarded-for"], trusts);
    socket.data.address = address;
    const count = open.get(address) ?? 0;
    if (count >= max) {
      const refused = new Error(`Too many connections from your address (at most ${max}); try again later.`);
      Object.assign(refused, { data: problem("rate_limited", refused.message) });
      return next(refused);
    }
    open.set(address, count + 1);
    socket.conn.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
    next();
  });
}

interface EngineConnection {
  writeBuffer?: { data?: unknown; options?: { wsPreEncodedFrame?: Buffer[] } }[];
  transport?: { socket?: { bufferedAmount?: number; terminate?: () => void } };
}

/** Bytes queued for a socket and not yet handed to the network: Engine.IO's buffer plus the WebSocket's. */
export function unsentBytes(socket: BoardSocket): number {
  const conn = socket.conn as unknown as EngineConnection;
  let bytes = conn.transport?.socket?.bufferedAmount ?? 0;
  for (const packet of conn.writeBuffer ?? []) {
    const frame = packet.options?.wsPreEncodedFrame;
    const data = packet.data;
    if (frame) for (const part of frame) bytes += part.length;
    else
      bytes +=
        typeof data === "string" ? data.length : ((data as { byteLength?: number } | undefined)?.byteLength ?? 0);
  }
  return bytes;
}

/**
 * LIMIT-4: a socket that does not read what it is sent would make the server hold it all. Before
 * sending to a socket, this drops it when more than `limit` bytes wait for it already; it reconnects
 * and catches up from the op log when it reads again. True when the socket was dropped.
 */
export function dropIfBacklogged(socket: BoardSocket, limit: number): boolean {
  if (unsentBytes(socket) <= limit) return false;
  log.warn({ limitBytes: limit }, "dropping a socket that does not read: too many bytes unsent");
  socket.disconnect(true);
  // A graceful close would wait for the backlog to drain first; cut the connection instead.
  (socket.conn as unknown as EngineConnection).transport?.socket?.terminate?.();
  return true;
}
