import { createServer, type Server as HttpServer } from "node:http";
import compression from "compression";
import express from "express";
import { Server } from "socket.io";
import { type ProtocolRange, SERVER_PROTOCOL } from "../shared/core/protocol";
import { problem } from "../shared/errors";
import { LIMITS } from "../shared/limits";
import { DEFAULT_LIMITS, defaultInstance, type Limits } from "./config";
import { BoardExpiry } from "./core/boardExpiry";
import { type BoardModel, themenwandModel } from "./core/boardModel";
import { SnapshotCache } from "./core/snapshotCache";
import { clusterSuggestionsRoute } from "./features/clusterSuggestions";
import { cutOffRevokedLinks } from "./features/comoderators/revocation";
import { exportRoutes, importRoute, myDataRoute } from "./features/exports";
import { memberRoutes } from "./features/groups";
import { cutOffPlainParticipants } from "./features/links/linksOnly";
import { cutOffRevokedLinks as cutOffRevokedSpecialLinks } from "./features/links/revocation";
import { calendarRoutes } from "./features/meetings";
import type { MailTransport } from "./features/meetings/mail/mailTransport";
import { RegistrationMailer } from "./features/meetings/mail/registrationMailer";
import { programmeRoute } from "./features/meetings/programmeRoute";
import { registrationExport } from "./features/meetings/registrationExport";
import { claimRoute, vcardRoutes } from "./features/networking";
import { privacyRoutes } from "./features/privacy/privacyRoutes";
import { clockRoute } from "./features/timer";
import { boardRoutes } from "./http/boardRoutes";
import { trustedProxies } from "./http/clientAddress";
import { deleteBoardRoute } from "./http/deleteBoardRoute";
import { errorHandler } from "./http/errorHandler";
import { healthRoute } from "./http/healthRoute";
import { noIndex } from "./http/noIndex";
import { opRoutes } from "./http/opRoutes";
import { allowSocketOrigin, originPolicy, refuseForeignWrites } from "./http/origins";
import { readLimits } from "./http/readLimits";
import { securityHeaders } from "./http/securityHeaders";
import { sendProblem } from "./http/sendProblem";
import { staticClient } from "./http/staticClient";
import { writeLimits } from "./http/writeLimits";
import { log } from "./observability/logger";
import { Metrics } from "./observability/metrics";
import { metricsRoute } from "./observability/metricsRoute";
import { requestLog } from "./observability/requestLog";
import { GroupCommitter, paceForRoom } from "./ops/GroupCommitter";
import { AnswerPacer } from "./realtime/answerPacer";
import { broadcastCommitted, roomOf } from "./realtime/audiences";
import { createEditingPresence } from "./realtime/editingPresence";
import { dropIfBacklogged, limitConnections } from "./realtime/guards";
import { handleConnection, type SocketLimits } from "./realtime/handlers";
import { createPresence } from "./realtime/presence";
import { KeyedRateLimit, perMinute } from "./realtime/rateLimit";
import type { RedisLink } from "./realtime/redisAdapter";
import type { BoardServer } from "./realtime/types";
import type { BoardStore } from "./store/BoardStore";
import { forgottenIn } from "./store/boardBatch";

export interface AppOptions {
  store: BoardStore;
  /** Folder of the built client; null serves only the API (tests, dev with Vite). */
  clientDir: string | null;
  /** Base of the links handed out, e.g. https://board.example.org; else taken from the request. */
  publicUrl?: string;
  /** The kinds of records and their ops; the store must apply ops with the same model. */
  model?: BoardModel;
  /** Per-address and per-socket limits (LIMIT-*); unset ones take DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /** Reverse proxies besides loopback whose X-Forwarded-For is believed (LIMIT-6). */
  trustedProxies?: string[];
  /**
   * Several processes (SCALE-4..8): broadcasts and presence go through Redis. The caller closes it
   * after `close()`.
   */
  redis?: RedisLink;
  /** Names this process in /api/health (SCALE-8). */
  instance?: string;
  /** When set, creating a board needs it (OPS-4). */
  adminToken?: string;
  /** The protocol versions this server speaks (PROTO-1); tests play older and newer servers. */
  protocol?: ProtocolRange;
  /** Other sites whose pages may join boards and write (NET-9, ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** When set, GET /metrics answers with it as a bearer token (OBS-2). */
  metricsToken?: string;
  /** When set, boards without a change for this many days end (OPS-6). */
  boardExpiryDays?: number;
  /** When set (SMTP_URL), registrations are confirmed by mail (MAIL-1..3). The caller closes it. */
  mailTransport?: MailTransport;
  /** The operator's imprint and privacy notice (IMPRINT_URL, PRIVACY_URL), linked in every page's footer (LEGAL-1). */
  imprintUrl?: string;
  privacyUrl?: string;
}

export interface App {
  httpServer: HttpServer;
  /** The Express app: its routes are what docs/api.md must describe (test/server/apiDocs.test.ts). */
  http: express.Express;
  io: BoardServer;
  committer: GroupCommitter;
  metrics: Metrics;
  /** The sweep that ends quiet boards, when BOARD_EXPIRY_DAYS is set (OPS-6). */
  expiry?: BoardExpiry;
  /** The registration mails, when SMTP_URL is set (MAIL-1..3). */
  mail?: RegistrationMailer;
  close(): Promise<void>;
}

/** Builds Express and Socket.IO around a store. Does not listen: the caller picks the port. */
export function createApp(options: AppOptions): App {
  const { store, clientDir, publicUrl, model = themenwandModel, redis, instance = defaultInstance() } = options;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const trusts = trustedProxies(options.trustedProxies ?? []);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trusts);
  app.use(requestLog);
  app.use(securityHeaders);
  const origins = originPolicy({ publicUrl, allowedOrigins: options.allowedOrigins });
  app.use(refuseForeignWrites(origins));
  app.use(compression());

  const httpServer = createServer(app);
  const io: BoardServer = new Server(httpServer, {
    maxHttpBufferSize: LIMITS.payloadBytes,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 10_000,
    allowRequest: allowSocketOrigin(origins),
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  limitConnections(io, limits.connectionsPerAddress, trusts);
  const metrics = new Metrics({
    connections: () => io.engine.clientsCount,
    boardsInUse: () => new Set([...io.sockets.sockets.values()].flatMap((socket) => socket.data.boardId ?? [])).size,
  });
  app.locals.metrics = metrics;
  const roomSize = (boardId: string) => io.sockets.adapter.rooms.get(roomOf(boardId))?.size ?? 0;
  /** LIMIT-4: members that stopped reading are dropped before the frame is queued for them. */
  const dropStalled = (boardId: string) => {
    for (const id of io.sockets.adapter.rooms.get(roomOf(boardId)) ?? []) {
      const socket = io.sockets.sockets.get(id);
      if (socket) dropIfBacklogged(socket, limits.socketBacklogBytes);
    }
  };
  const mail = options.mailTransport
    ? new RegistrationMailer({ store, model, transport: options.mailTransport, publicUrl })
    : undefined;
  const committer = new GroupCommitter(
    store,
    model,
    (boardId, batch) => {
      dropStalled(boardId);
      broadcastCommitted(io, boardId, batch, model, { linkHoldersOnlyHere: !redis });
      cutOffRevokedLinks(io, boardId, batch);
      cutOffRevokedSpecialLinks(io, boardId, batch);
      cutOffPlainParticipants(io, boardId, batch);
      if (redis && batch.some((committed) => forgottenIn(committed).length > 0)) redis.forgetFramesSoon();
    },
    Date.now,
    (boardId) => paceForRoom(roomSize(boardId)),
    limits,
    (request, response, committedAt, seconds) => {
      const result = response.ok ? "ok" : response.problem.code;
      metrics.opAnswered(request.op.type, result, seconds);
      log.debug({ opType: request.op.type, result, ms: Math.round(seconds * 1000) }, "op");
      if (response.ok && !("replayed" in response)) mail?.committed(request, response.committed, committedAt);
    },
  );
  const presence = createPresence(io, { shared: redis ? {} : undefined });
  const editing = createEditingPresence();
  const snapshots = new SnapshotCache(store, model);
  const boardEnd = { store, io, snapshots, redis };
  const expiry = options.boardExpiryDays ? new BoardExpiry(boardEnd, options.boardExpiryDays) : undefined;
  expiry?.start();
  const pacer = new AnswerPacer();
  const socketLimits: SocketLimits = {
    opsByAddress: new KeyedRateLimit({ perSecond: limits.opsPerSecond, burst: limits.opsBurst }),
    joinsByAddress: new KeyedRateLimit(perMinute(limits.joinsPerMinute)),
    socketJoins: { perSecond: limits.socketJoinsPerMinute / 60, burst: limits.socketJoinBurst },
    backlogBytes: limits.socketBacklogBytes,
  };
  io.on("connection", (socket) =>
    handleConnection(socket, {
      store,
      committer,
      presence,
      editing,
      snapshots,
      model,
      limits: socketLimits,
      pacer,
      protocol: options.protocol ?? SERVER_PROTOCOL,
      metrics,
      expiry,
    }),
  );

  app.use("/api", noIndex);
  app.use("/api", writeLimits(limits, trusts));
  app.use("/api", readLimits(limits, trusts));
  // A board's import reads a larger body than any op, with a parser of its own (TPL-1).
  app.use("/api", importRoute({ store, publicUrl, adminToken: options.adminToken }));
  app.use("/api", express.json({ limit: LIMITS.payloadBytes }));
  app.use("/api", healthRoute({ store, instance, redis }));
  app.use("/api", clockRoute());
  app.use(
    "/api",
    privacyRoutes({
      imprintUrl: options.imprintUrl ?? null,
      privacyUrl: options.privacyUrl ?? null,
      boardExpiryDays: options.boardExpiryDays,
      mail: options.mailTransport !== undefined,
    }),
  );
  app.use("/api", boardRoutes({ store, committer, snapshots, publicUrl, adminToken: options.adminToken }));
  app.use("/api", opRoutes({ store, committer, model }));
  app.use("/api", deleteBoardRoute(boardEnd));
  app.use("/api", programmeRoute({ store, snapshots }));
  app.use("/api", registrationExport({ store, snapshots }));
  app.use("/api", calendarRoutes({ snapshots, publicUrl }));
  app.use("/api", claimRoute({ committer, snapshots }));
  app.use("/api", vcardRoutes({ store, snapshots }));
  app.use("/api", exportRoutes({ store, snapshots }));
  app.use("/api", myDataRoute({ store, snapshots }));
  app.use("/api", memberRoutes({ store, snapshots }));
  app.use("/api", clusterSuggestionsRoute({ store, snapshots }));
  app.use("/api", (_req, res) => sendProblem(res, problem("not_found", "No such API route.")));
  if (options.metricsToken) app.use(noIndex, metricsRoute(metrics.withProcessMetrics(), options.metricsToken));
  if (clientDir) app.use(staticClient(clientDir, { store, snapshots, publicUrl, limits, trusts }));
  app.use(errorHandler);

  return {
    httpServer,
    http: app,
    io,
    committer,
    metrics,
    expiry,
    mail,
    async close() {
      await expiry?.stop();
      await committer.flush();
      await mail?.idle();
      presence.stop();
      // Stop accepting first, then cut every connection (sockets, keep-alive and in-flight HTTP):
      // waiting for browsers to hang up could take forever.
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      io.close().catch(() => undefined);
      httpServer.closeAllConnections();
      await stopped;
    },
  };
}
