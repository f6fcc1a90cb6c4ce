import { Router } from "express";
import type { BoardStore } from "../store/BoardStore";

export function healthRoute(store: BoardStore): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    let healthy = false;
    try {
      healthy = await store.isHealthy();
    } catch {
      healthy = false;
    }
    res.status(healthy ? 200 : 503).json({ status: healthy ? "ok" : "unavailable", database: healthy ? "ok" : "down" });
  });
  return router;
}
