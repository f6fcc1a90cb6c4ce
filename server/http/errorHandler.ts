import { STATUS_CODES } from "node:http";
import type { ErrorRequestHandler, Request, Response } from "express";
import { problem } from "../../shared/errors";
import { LIMITS } from "../../shared/limits";
import { errorFields, log } from "../observability/logger";
import { routeOf } from "../observability/requestLog";
import { StoreUnavailableError } from "../store/StoreUnavailableError";
import { sendProblem } from "./sendProblem";

/**
 * HTTP-1: a client's mistake (a URL that does not decode, an asset that is not there) is answered
 * with its own 4xx status, without a stack in the log: typed problem JSON under /api, plain text
 * elsewhere.
 */
function clientError(req: Request, res: Response, status: number): void {
  if (res.headersSent) return;
  if (req.originalUrl === "/api" || req.originalUrl.startsWith("/api/")) {
    sendProblem(
      res,
      status === 404
        ? problem("not_found", "No such API route.")
        : problem("invalid_input", "The request could not be read (is the URL encoded correctly?)."),
    );
    return;
  }
  res
    .status(status)
    .type("text/plain")
    .send(STATUS_CODES[status] ?? "Bad Request");
}

/** Turns body-parser and unexpected errors into typed problems; the process keeps running. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const type = (error as { type?: string }).type;
  if (type === "entity.too.large") {
    return sendProblem(
      res,
      problem("payload_too_large", `Request bodies may be at most ${LIMITS.payloadBytes} bytes.`),
    );
  }
  if (type === "entity.parse.failed") return sendProblem(res, problem("invalid_input", "The body is not valid JSON."));
  if (type === "charset.unsupported" || type === "encoding.unsupported") {
    return sendProblem(res, problem("invalid_input", "Send the body as UTF-8 JSON."));
  }
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const code = typeof status === "number" ? status : statusCode;
  if (typeof code === "number" && code >= 400 && code < 500) return clientError(req, res, code);
  if (error instanceof StoreUnavailableError) {
    // SCALE-3: a passing failure; the client asks again.
    log.error({ route: routeOf(req) }, "request failed: database unavailable");
    if (res.headersSent) return;
    return sendProblem(res, problem("store_unavailable", "The server cannot reach its database; try again shortly."));
  }
  log.error({ route: routeOf(req), err: errorFields(error) }, "request failed");
  if (res.headersSent) return;
  sendProblem(res, problem("internal", "The server could not answer this request."));
};
