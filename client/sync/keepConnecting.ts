import { Backoff } from "./backoff";
import type { BoardClientSocket } from "./socket";

/**
 * A connection the server refused in its connect middleware (too many from one address, LIMIT-5) is
 * not retried by Socket.IO on its own: this asks again after a backoff (1 s doubling up to 30 s), so
 * the page never waits for good. Returns the undo.
 */
export function keepConnecting(socket: BoardClientSocket, backoff = new Backoff(1_000)): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onConnect = () => backoff.reset();
  const onConnectError = () => {
    if (socket.active || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!socket.connected && !socket.active) socket.connect();
    }, backoff.next());
  };
  socket.on("connect", onConnect);
  socket.on("connect_error", onConnectError);
  return () => {
    clearTimeout(timer);
    socket.off("connect", onConnect);
    socket.off("connect_error", onConnectError);
  };
}
