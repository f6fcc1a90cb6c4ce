import type { RequestHandler } from "express";
import type { z } from "zod";
import type { AnyOp } from "../core/boardModel";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { parseWith } from "../validation";
import { boardRequestOf, opIdOf } from "./boardRequest";
import { sendProblem } from "./sendProblem";

export interface RestWriteDeps {
  store: BoardStore;
  committer: GroupCommitter;
}

/**
 * A REST write (API-3, API-5): the board and keys checked, the body parsed, the `Idempotency-Key`
 * read, then the op built from the body goes through the same commit as a socket op. Answers `201`
 * with the committed change, or the typed problem.
 */
export function restWrite<Body>(
  { store, committer }: RestWriteDeps,
  bodySchema: z.ZodType<Body>,
  what: string,
  opOf: (body: Body, boardId: string) => Promise<AnyOp> | AnyOp,
): RequestHandler {
  return async (req, res) => {
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    const parsed = parseWith(bodySchema, req.body, what);
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const opId = opIdOf(req);
    if (!opId.ok) return sendProblem(res, opId.problem);
    const { boardId, actor } = request.value;
    const response = await committer.submit({
      boardId,
      opId: opId.value,
      op: await opOf(parsed.value, boardId),
      actor,
      // The key lives apart from socket op ids, and a retry is told by its body: an op built from
      // it may get a fresh id and rank each time (SYNC-13).
      namespace: "api",
      asked: parsed.value,
    });
    if (!response.ok) return sendProblem(res, response.problem);
    res.status(201).json(response.committed);
  };
}
