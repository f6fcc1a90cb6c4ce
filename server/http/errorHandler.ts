import type { ErrorRequestHandler } from "express";
import { problem } from "../../shared/errors";
import { LIMITS } from "../../shared/limits";
import { sendProblem } from "./sendProblem";

/** Turns body-parser and unexpected errors into typed problems; the process keeps running. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
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
  console.error("request failed", error);
  if (res.headersSent) return;
  sendProblem(res, problem("internal", "The server could not answer this request."));
};
