import { io } from "socket.io-client";
import { BoardSync } from "../../client/sync/BoardSync";
import type { BoardClientSocket } from "../../client/sync/socket";
import { memoryStorage } from "../../client/sync/storage";
import type { SyncState } from "../../client/sync/syncState";
import { cardsOf as cardsOfState } from "../../shared/boardState";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import type { JoinRequest, JoinResponse, OpResponse } from "../../shared/events";
import type { BoardSnapshot } from "../../shared/model";
import type { Op } from "../../shared/ops";

/** Where a test client says it comes from, and headers it sends (a route cookie for nginx). */
export type ClientConnection = string | { address?: string; headers?: Record<string, string> };

/**
 * A raw socket.io-client connection, websocket only, with reconnection as the browser has it. With
 * an `address`, it says it comes from there (X-Forwarded-For, which the server trusts from loopback
 * as from a reverse proxy), so tests can play several people behind different addresses.
 */
export function rawClient(url: string, connection?: ClientConnection): BoardClientSocket {
  const { address, headers } =
    typeof connection === "string" ? { address: connection, headers: {} } : (connection ?? {});
  const extraHeaders = { ...headers, ...(address ? { "x-forwarded-for": address } : {}) };
  return io(url, {
    transports: ["websocket"],
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    forceNew: true,
    ...(Object.keys(extraHeaders).length > 0 ? { extraHeaders } : {}),
  });
}

/**
 * Every raw message packet the socket receives, as it came off the wire, from its first connection on
 * and again after each reconnect. Call it before the socket connects (rawClient connects on the next turn).
 */
export function keepWire(socket: BoardClientSocket): string[] {
  const wire: string[] = [];
  socket.io.on("open", () =>
    socket.io.engine.on("packet", (packet) => {
      if (packet.type === "message") wire.push(String(packet.data));
    }),
  );
  return wire;
}

/** The snapshot a join answered with, if it answered with one. */
export function snapshotOfJoin(response: JoinResponse): BoardSnapshot | undefined {
  return response.ok && response.catchUp.kind === "snapshot"
    ? (JSON.parse(response.catchUp.snapshotJson) as BoardSnapshot)
    : undefined;
}

export async function connected(socket: BoardClientSocket): Promise<BoardClientSocket> {
  if (socket.connected) return socket;
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

export function join(
  socket: BoardClientSocket,
  request: Omit<JoinRequest, "protocol"> & { protocol?: number },
): Promise<JoinResponse> {
  return socket.timeout(5_000).emitWithAck("board:join", { protocol: PROTOCOL_VERSION, ...request });
}

export function sendOp(socket: BoardClientSocket, opId: string, op: Op): Promise<OpResponse> {
  return socket.timeout(5_000).emitWithAck("op", { opId, op });
}

/** The real client sync engine, over a real socket, with in-memory storage in place of localStorage. */
export function syncClient(url: string, boardId: string, moderatorKey?: string, connection?: ClientConnection) {
  const socket = rawClient(url, connection);
  const storage = memoryStorage();
  const sync = new BoardSync({ socket, boardId, storage, moderatorKey, ackTimeoutMs: 2_000, apiBase: url });
  return {
    socket,
    sync,
    storage,
    close() {
      sync.stop();
      socket.close();
    },
  };
}

export async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function waitForState(sync: BoardSync, check: (state: SyncState) => boolean, what: string, timeoutMs?: number) {
  return waitFor(() => check(sync.getState()) && sync.getState(), what, timeoutMs);
}

/** Cards of a sync's visible board, sorted for comparing replicas. */
export function cardsOf(sync: BoardSync) {
  const board = sync.getState().board;
  return board ? Object.values(cardsOfState(board)).sort((a, b) => (a.id < b.id ? -1 : 1)) : [];
}
