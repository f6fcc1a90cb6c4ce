import { createApp } from "./app";
import { readConfig } from "./config";
import { log } from "./observability/logger";
import { describeDatabase, openStore } from "./store/openStore";

/** Composition root: open the database, build the app, listen; close cleanly on a signal. */
const config = readConfig();
const store = await openStore(config);
// Redis and SMTP clients are loaded only when configured: with pg (openStore) they were a third of
// the CPU a start took before listening, a cost every restart (LOAD-1) paid for nothing.
const redis = config.redisUrl ? (await import("./realtime/redisAdapter")).connectRedis(config.redisUrl) : undefined;
const mailTransport = config.smtpUrl
  ? (await import("./features/meetings/mail/mailTransport")).smtpTransport(config.smtpUrl, config.smtpFrom)
  : undefined;
const app = createApp({
  store,
  clientDir: config.clientDir,
  publicUrl: config.publicUrl,
  limits: config.limits,
  trustedProxies: config.trustedProxies,
  allowedOrigins: config.allowedOrigins,
  redis,
  instance: config.instance,
  adminToken: config.adminToken,
  metricsToken: config.metricsToken,
  boardExpiryDays: config.boardExpiryDays,
  mailTransport,
  imprintUrl: config.imprintUrl,
  privacyUrl: config.privacyUrl,
});

app.httpServer.listen(config.port, config.host, () => {
  const address = app.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info({ port, database: describeDatabase(config), metrics: config.metricsToken !== undefined }, "listening");
  // Said once in words too, for whoever started it in a terminal.
  if (process.stdout.isTTY) console.log(`Themenwand listens on http://localhost:${port}`);
  if (redis) log.info({ instance: config.instance }, "broadcasts and presence go through Redis");
});

const SHUTDOWN_LIMIT_MS = 9_000;
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log.info({ signal }, "closing");
  // A service manager waits about 10 s before it kills; whatever still hangs then (a database that
  // stopped answering) must not keep the process: everything acknowledged is already on disk.
  setTimeout(() => {
    log.error({ signal, limitMs: SHUTDOWN_LIMIT_MS }, "not closed in time, exiting");
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  await app.close();
  await redis?.close();
  mailTransport?.close();
  await store.close();
  log.info({ signal }, "closed");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
