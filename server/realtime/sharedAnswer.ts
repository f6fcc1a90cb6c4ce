import type { BoardSocket } from "./types";

/**
 * LIMIT-2: a join's answer with a snapshot ends in the same bytes for everyone who joins at one
 * revision. Over a WebSocket, this sends that tail as one shared Buffer: each joiner's frame is a
 * few hundred bytes of its own (frame header, ack id, role, author) followed by the shared bytes,
 * written to the socket without copying them (the mechanism Socket.IO's broadcasts use:
 * Engine.IO's `wsPreEncodedFrame`). Other transports get the same answer through RawJson.
 */

const ACK_ID = Symbol("ackId");
type Ack = ((...args: unknown[]) => void) & { [ACK_ID]?: number };

interface SocketInternals {
  ack?: (id: number) => Ack;
  client?: { writeToEngine?: (packets: string[], options: Record<string, unknown>) => void };
}

interface ConnectionInternals {
  readyState?: string;
  transport?: { name?: string; perMessageDeflate?: unknown; socket?: { _sender?: { sendFrame?: unknown } } };
}

/** Makes the acknowledgement callbacks that Socket.IO hands this socket's handlers carry their packet id. */
export function rememberAckIds(socket: BoardSocket): void {
  const internals = socket as unknown as SocketInternals;
  const make = internals.ack?.bind(socket);
  if (!make) return;
  internals.ack = (id) => Object.assign(make(id), { [ACK_ID]: id });
}

/** A frame header for an unmasked, final WebSocket text frame of `length` bytes (RFC 6455, 5.2). */
function frameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x81, length]);
  if (length < 65_536) {
    const header = Buffer.alloc(4);
    header[0] = 0x81;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.alloc(10);
  header[0] = 0x81;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/**
 * Answers `ack` with `head` + `tail`: `head` is the start of the answer's JSON (the array Socket.IO
 * sends for an ack), `tail` the rest, as text and as UTF-8 bytes, shared by many answers. Falls back
 * to an ordinary acknowledgement with `fallback()` when the socket is not on a plain WebSocket.
 */
export function answerWithSharedTail<T>(
  socket: BoardSocket,
  ack: (answer: T) => void,
  head: string,
  tail: { text: string; bytes: Buffer },
  fallback: () => T,
): void {
  const id = (ack as unknown as Ack)[ACK_ID];
  const client = (socket as unknown as SocketInternals).client;
  const conn = socket.conn as unknown as ConnectionInternals;
  const transport = conn.transport;
  const plainWebSocket =
    transport?.name === "websocket" &&
    !transport.perMessageDeflate &&
    typeof transport.socket?._sender?.sendFrame === "function";
  if (id === undefined || !client?.writeToEngine || !plainWebSocket || conn.readyState !== "open") {
    ack(fallback());
    return;
  }
  const own = Buffer.from(`43${id}${head}`); // Engine.IO message (4), Socket.IO ack (3), its id, then JSON
  const frame = [Buffer.concat([frameHeader(own.length + tail.bytes.length), own]), tail.bytes];
  // The same packet as text, for Engine.IO's bookkeeping: a concatenation, so it copies nothing.
  client.writeToEngine([`3${id}${head}${tail.text}`], { wsPreEncodedFrame: frame });
}
