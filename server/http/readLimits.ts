import type { RequestHandler } from "express";
import type { Limits } from "../config";
import { KeyedRateLimit, perMinute } from "../realtime/rateLimit";
import { clientAddress, type TrustsProxy } from "./clientAddress";
import { refuse } from "./writeLimits";

/** Bytes of answer that count as one more read, as a whole-board join is priced (LIMIT-1). */
const ANSWER_BYTES_PER_READ = 64 * 1024;

/**
 * LIMIT-7: REST reads (every GET under /api) per client address. A read costs one when it comes, and
 * when its answer has gone one more per 64 KB sent, so a loop fetching a big board is limited by the
 * bytes it makes the server send, not by its number of requests alone. Answered 429 with Retry-After.
 */
export function readLimits(limits: Pick<Limits, "restReadsPerMinute">, trusts: TrustsProxy): RequestHandler {
  const reads = new KeyedRateLimit(perMinute(limits.restReadsPerMinute));
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusts);
    if (!reads.allow(address)) {
      return refuse(res, reads.retryAfterMs(address), "Too many requests from your address; try again later.");
    }
    // Bytes the connection sent for this answer (headers included; one answer at a time per connection).
    const socket = req.socket;
    const before = socket.bytesWritten;
    res.once("finish", () => {
      reads.spend(address, Math.floor((socket.bytesWritten - before) / ANSWER_BYTES_PER_READ));
    });
    next();
  };
}
