import { Router } from "express";
import { z } from "zod";
import type { BoardModel } from "../core/boardModel";
import { type RestWriteDeps, restWrite } from "./restWrite";

/**
 * API-5: any op a board's own clients send, for scripts (a year's meetings at once, scheduling
 * talks). The same parsing, rules, op log and live broadcast as a socket op; the `Idempotency-Key`
 * makes a retry safe (SYNC-13).
 */
export function opRoutes(deps: RestWriteDeps & { model: BoardModel }): Router {
  const router = Router();
  const OpBody = z.strictObject({ op: deps.model.opSchema });
  router.post(
    "/boards/:boardId/ops",
    restWrite(deps, OpBody, "op", (body) => body.op),
  );
  return router;
}
