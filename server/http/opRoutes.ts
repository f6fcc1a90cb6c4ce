import { Router } from "express";
import { z } from "zod";
import { OpSchema } from "../../shared/ops";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { parseWith } from "../validation";
import { boardRequestOf, opIdOf } from "./boardRequest";
import { sendProblem } from "./sendProblem";

const OpBody = z.strictObject({ op: OpSchema });

/**
 * API-5: any op a board's own clients send, for scripts (a year's meetings at once, scheduling
 * talks). The same parsing, rules, op log and live broadcast as a socket op; the `Idempotency-Key`
 * makes a retry safe (SYNC-13).
 */
export function opRoutes({ store, committer }: { store: BoardStore; committer: GroupCommitter }): Router {
  const router = Router();
  router.post("/boards/:boardId/ops", async (req, res) => {
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    const parsed = parseWith(OpBody, req.body, "op");
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const opId = opIdOf(req);
    if (!opId.ok) return sendProblem(res, opId.problem);
    const { boardId, actor } = request.value;
    const response = await committer.submit({
      boardId,
      opId: opId.value,
      op: parsed.value.op,
      actor,
      namespace: "api",
      asked: parsed.value,
    });
    if (!response.ok) return sendProblem(res, response.problem);
    res.status(201).json(response.committed);
  });
  return router;
}
