import type { Response } from "express";
import { HTTP_STATUS, type Problem } from "../../shared/errors";
import type { Metrics } from "../observability/metrics";

export function sendProblem(res: Response, problem: Problem): void {
  (res.app?.locals.metrics as Metrics | undefined)?.problemAnswered(problem.code, "http");
  res.status(HTTP_STATUS[problem.code]).json({ error: problem });
}
