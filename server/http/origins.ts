import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { problem } from "../../shared/errors";
import { sendProblem } from "./sendProblem";

/** `https://host[:port]` of a URL the operator wrote, or undefined when it is no bare origin. */
export function originOf(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * NET-9: whether a request's `Origin` may act on the boards. No Origin (a script, curl, an old
 * browser's same-origin GET) passes; otherwise it must be the board's own (`PUBLIC_URL`'s origin, or
 * without one the request's own Host) or one of ALLOWED_ORIGINS. `null` (sandboxed frames, files) is
 * another site.
 */
export function originPolicy(options: { publicUrl?: string; allowedOrigins?: readonly string[] }) {
  const own = options.publicUrl ? originOf(options.publicUrl) : undefined;
  const allowed = new Set(options.allowedOrigins ?? []);
  return (origin: string | undefined, host: string | undefined): boolean => {
    if (origin === undefined) return true;
    if (allowed.has(origin) || origin === own) return true;
    if (own || host === undefined) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };
}

export type OriginPolicy = ReturnType<typeof originPolicy>;

const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Refuses state-changing HTTP requests from another site's page (403 forbidden). */
export function refuseForeignWrites(allows: OriginPolicy): RequestHandler {
  return (req, res, next) => {
    if (!CHANGES.has(req.method) || allows(req.get("origin"), req.get("host"))) return next();
    sendProblem(res, problem("forbidden", "Requests from another site's page are not accepted."));
  };
}

/** Socket.IO's allowRequest: the handshake (polling or WebSocket upgrade) of another site's page fails. */
export function allowSocketOrigin(allows: OriginPolicy) {
  return (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) => {
    const { origin, host } = req.headers;
    callback(null, allows(origin, host));
  };
}
