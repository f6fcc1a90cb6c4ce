import type { Response } from "express";
import { HTTP_STATUS, type Problem } from "../../shared/errors";

export function sendProblem(res: Response, problem: Problem): void {
  res.status(HTTP_STATUS[problem.code]).json({ error: problem });
}
