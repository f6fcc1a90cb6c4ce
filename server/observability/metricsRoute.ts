import { type Request, Router } from "express";
import { problem } from "../../shared/errors";
import { tokenMatches } from "../auth/secrets";
import { sendProblem } from "../http/sendProblem";
import type { Metrics } from "./metrics";

const bearerOf = (req: Request) => /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1];

/**
 * OBS-2: GET /metrics for Prometheus, behind METRICS_TOKEN (`Authorization: Bearer …`). Without a
 * configured token the route does not exist; a wrong or missing token is refused (403, like a wrong admin token).
 */
export function metricsRoute(metrics: Metrics, token: string): Router {
  const router = Router();
  router.get("/metrics", async (req, res) => {
    if (!tokenMatches(bearerOf(req), token)) {
      return sendProblem(res, problem("forbidden", "GET /metrics needs Authorization: Bearer <METRICS_TOKEN>."));
    }
    res
      .set("Cache-Control", "no-store")
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  });
  return router;
}
