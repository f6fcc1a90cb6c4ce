import { Router } from "express";

/** What GET /api/time answers: the server's clock in ms since the epoch. */
export interface ServerTime {
  now: number;
}

/**
 * TIMER-2: the server's clock, so that a browser can show the timer by the server's time and not its
 * own (a laptop's clock may be off by minutes). Never cached; read limits apply like every GET (LIMIT-7).
 */
export function clockRoute(clock: () => number = Date.now): Router {
  const router = Router();
  router.get("/time", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ now: clock() } satisfies ServerTime);
  });
  return router;
}
