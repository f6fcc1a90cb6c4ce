import type { Request, RequestHandler } from "express";
import { log } from "./logger";

/**
 * The route a request took, as a pattern (`/api/boards/:boardId/snapshot`): a path itself names a
 * board and may carry a secret (a calendar feed's), so it never enters the log (OBS-1).
 */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  const base = typeof req.baseUrl === "string" ? req.baseUrl : "";
  if (typeof pattern === "string") return `${base}${pattern}`;
  const url = typeof req.originalUrl === "string" ? req.originalUrl : "";
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/api?") ? "/api (no route)" : "page or asset";
}

/** OBS-1: one line per answered request: its method, route pattern, status and time. */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = performance.now();
  res.on("finish", () => {
    log.info(
      { method: req.method, route: routeOf(req), status: res.statusCode, ms: Math.round(performance.now() - started) },
      "request",
    );
  });
  next();
};
