import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { serveRequests } from "./child";
import type { ServerReady } from "./protocol";
import { serverStats } from "./serverStats";

/**
 * The baseline: a bare Socket.IO server that relays every message it gets to everyone in the
 * sender's room, untouched. No validation, no database, no acknowledgement: the transport's limit.
 */
const ROOM = "room-bench-0001";
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, pingInterval: 10_000, pingTimeout: 10_000 });

io.on("connection", (socket) => {
  const data = socket.data as { room?: string };
  socket.on("join", (room: unknown, ack: unknown) => {
    if (typeof room !== "string" || typeof ack !== "function") return;
    socket.join(room);
    data.room = room;
    ack(true);
  });
  socket.on("op", (message: unknown) => {
    if (data.room) io.to(data.room).emit("changes", message);
  });
});

serveRequests(async (message) => {
  switch (message.type) {
    case "stats":
      return serverStats(io.engine.clientsCount, message.gc === true);
    case "reset":
      return null;
    case "stop":
      await io.close();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`baseline server cannot ${message.type}`);
  }
});

process.on("disconnect", () => process.exit(0));

httpServer.listen(0, "127.0.0.1", () => {
  const { port } = httpServer.address() as AddressInfo;
  process.send?.({ type: "ready", port, boardId: ROOM, columnId: "column-bench-01" } satisfies ServerReady);
});
