import type { RequestHandler, Response } from "express";
import { problem } from "../../shared/errors";
import type { Limits } from "../config";
import { KeyedRateLimit, perHour, perMinute } from "../realtime/rateLimit";
import { clientAddress, type TrustsProxy } from "./clientAddress";
import { sendProblem } from "./sendProblem";

/** 429 rate_limited, with Retry-After in whole seconds (at least one). */
export function refuse(res: Response, retryAfterMs: number, message: string): void {
  res.setHeader("Retry-After", String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  sendProblem(res, problem("rate_limited", message));
}

/** The POSTs that make a board: creating one and importing one (TPL-1). */
const NEW_BOARD_PATHS = new Set(["/boards", "/boards/import"]);

/**
 * LIMIT-5: REST writes (every POST and DELETE under /api) per client address, and board creation on top.
 * Checked before the body is read and before any key: a moderator key lifts no limit, so a script
 * cannot pour thousands of cards onto a board at once. Answered 429 with Retry-After.
 */
export function writeLimits(
  limits: Pick<Limits, "restWritesPerMinute" | "boardsPerHour">,
  trusts: TrustsProxy,
): RequestHandler {
  const writes = new KeyedRateLimit(perMinute(limits.restWritesPerMinute));
  const boards = new KeyedRateLimit(perHour(limits.boardsPerHour));
  return (req, res, next) => {
    if (req.method !== "POST" && req.method !== "DELETE") return next();
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusts);
    // The write's actor counts per address too (FAIR-4): boardRequestOf reads it from here.
    res.locals.clientAddress = address;
    if (!writes.allow(address)) {
      return refuse(res, writes.retryAfterMs(address), "Too many requests from your address; try again later.");
    }
    if (NEW_BOARD_PATHS.has(req.path.replace(/\/+$/, "")) && !boards.allow(address)) {
      return refuse(res, boards.retryAfterMs(address), "Too many new boards from your address; try again later.");
    }
    next();
  };
}
