import { Router } from "express";
import type { BoardStore } from "../store/BoardStore";

interface HealthDeps {
  store: BoardStore;
  /** Which process answered (SCALE-8). */
  instance: string;
  /** Only when Redis is configured: whether it answers. */
  redis?: { isHealthy(): Promise<boolean> };
}

const healthy = (check: () => Promise<boolean>) => check().catch(() => false);

/** API-4, SCALE-8: 200 when the database (and Redis, when configured) answer; 503 naming what is down. */
export function healthRoute({ store, instance, redis }: HealthDeps): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const [database, redisUp] = await Promise.all([
      healthy(() => store.isHealthy()),
      redis ? healthy(() => redis.isHealthy()) : undefined,
    ]);
    const ok = database && redisUp !== false;
    res.status(ok ? 200 : 503).json({
      status: ok ? "ok" : "unavailable",
      database: database ? "ok" : "down",
      ...(redisUp === undefined ? {} : { redis: redisUp ? "ok" : "down" }),
      instance,
    });
  });
  return router;
}
