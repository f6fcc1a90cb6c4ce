import { freePort, type ServerProcessEnv, startServerProcess } from "./serverProcess";
import { type NginxService, startNginx } from "./services/nginx";
import { freshPostgresDatabase } from "./services/postgres";
import { type RedisService, startRedis } from "./services/redis";

export type ServerProcess = Awaited<ReturnType<typeof startServerProcess>>;

export interface Health {
  status: string;
  database: string;
  redis?: string;
  instance: string;
}

export interface Cluster {
  /** nginx: where clients connect. */
  url: string;
  processes: ServerProcess[];
  instances: string[];
  redis: RedisService;
  nginx: NginxService;
  /** One route cookie per process (`twroute=…`), found by asking nginx's /api/health. */
  routeTo(instance: string): string;
  /** Stops everything that was started, whatever failed. */
  stop(): Promise<void>;
}

/** What every process of a test cluster shares: one PostgreSQL database of its own (SCALE-1). */
export async function clusterStoreEnv(): Promise<Partial<ServerProcessEnv>> {
  return { DATABASE_URL: await freshPostgresDatabase() };
}

/** The whole environment of process `index` of a cluster: the one place it is put together. */
export function clusterProcessEnv(
  store: Partial<ServerProcessEnv>,
  index: number,
  port: number,
  redisUrl: string,
  extra: Partial<ServerProcessEnv> = {},
): ServerProcessEnv {
  return {
    PORT: port,
    REDIS_URL: redisUrl,
    INSTANCE_NAME: `process-${String.fromCharCode(97 + index)}`,
    ...store,
    ...extra,
  };
}

/**
 * N server processes (server/index.ts, as in production) on one store, one Redis, nginx in front
 * with deploy/nginx/themenwand.conf. `stop()` always stops all of it.
 */
export async function startCluster(options: { processes?: number; env?: Partial<ServerProcessEnv> } = {}) {
  const count = options.processes ?? 2;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const store = await clusterStoreEnv();
    const redis = await startRedis();
    stops.push(() => redis.close());
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    const processes = await Promise.all(
      ports.map(async (port, index) => {
        const started = await startServerProcess(clusterProcessEnv(store, index, port, redis.url, options.env));
        stops.push(() => started.stop());
        return started;
      }),
    );
    const nginx = await startNginx(ports.map((port) => `127.0.0.1:${port}`));
    stops.push(() => nginx.stop());
    const instances = await Promise.all(processes.map(async (server) => (await healthOf(server.url, true)).instance));
    const routes = await findRoutes(nginx.url, instances);
    return {
      url: nginx.url,
      processes,
      instances,
      redis,
      nginx,
      routeTo(instance: string) {
        const route = routes.get(instance);
        if (!route) throw new Error(`no route to ${instance}`);
        return route;
      },
      stop,
    } satisfies Cluster;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** GET /api/health; with `untilReady`, waits until it answers 200 (Redis connected). */
export async function healthOf(url: string, untilReady = false, headers: Record<string, string> = {}): Promise<Health> {
  const started = Date.now();
  for (;;) {
    const response = await fetch(`${url}/api/health`, { headers }).catch(() => undefined);
    if (response && (response.ok || !untilReady)) return (await response.json()) as Health;
    if (Date.now() - started > 10_000) throw new Error(`${url} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Tries route cookies until each instance has one: nginx hashes the cookie to a process. */
async function findRoutes(url: string, instances: string[]): Promise<Map<string, string>> {
  const routes = new Map<string, string>();
  for (let attempt = 0; attempt < 200 && routes.size < instances.length; attempt++) {
    const cookie = `twroute=route-${attempt}`;
    const { instance } = await healthOf(url, false, { cookie });
    if (!routes.has(instance)) routes.set(instance, cookie);
  }
  if (routes.size < instances.length) throw new Error(`nginx routed to ${[...routes.keys()]} only`);
  return routes;
}
