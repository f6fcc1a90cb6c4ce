import { createApp } from "./app";
import { readConfig } from "./config";
import { connectRedis } from "./realtime/redisAdapter";
import { describeDatabase, openStore } from "./store/openStore";

/** Composition root: open the database, build the app, listen; close cleanly on a signal. */
const config = readConfig();
const store = await openStore(config);
const redis = config.redisUrl ? connectRedis(config.redisUrl) : undefined;
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
});

app.httpServer.listen(config.port, config.host, () => {
  const address = app.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.log(`Themenwand listens on http://localhost:${port} (database ${describeDatabase(config)})`);
  if (redis) console.log(`Instance ${config.instance}: broadcasts and presence go through Redis`);
});

const SHUTDOWN_LIMIT_MS = 9_000;
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing`);
  // A service manager waits about 10 s before it kills; whatever still hangs then (a database that
  // stopped answering) must not keep the process: everything acknowledged is already on disk.
  setTimeout(() => {
    console.error(`${signal}: not closed after ${SHUTDOWN_LIMIT_MS} ms, exiting`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  await app.close();
  await redis?.close();
  await store.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
