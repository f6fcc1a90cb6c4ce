import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";

/**
 * Serves the built client. Hashed assets are cached for a year; index.html never, so a new
 * deployment reaches everyone on their next load. Every non-API path gets index.html (client routing).
 */
export function staticClient(clientDir: string): Router {
  const router = Router();
  const indexHtml = join(clientDir, "index.html");
  router.use(
    "/assets",
    express.static(join(clientDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: 0 }));
  router.get("/{*splat}", (req, res, next) => {
    if (req.path.startsWith("/api/") || req.path.startsWith("/socket.io/")) return next();
    if (!existsSync(indexHtml)) {
      res.status(503).type("text/plain").send("The client is not built yet: run npm run build.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });
  return router;
}
