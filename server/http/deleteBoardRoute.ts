import { Router } from "express";
import { problem } from "../../shared/errors";
import { type BoardEndDeps, endBoard } from "../core/boardEnd";
import { boardRequestOf } from "./boardRequest";
import { sendProblem } from "./sendProblem";

/** OPS-5: `DELETE /api/boards/:boardId` with the board's `X-Moderator-Key` ends the board: 204. */
export function deleteBoardRoute(deps: BoardEndDeps): Router {
  const router = Router();
  router.delete("/boards/:boardId", async (req, res) => {
    const checked = await boardRequestOf(req, deps.store);
    if (!checked.ok) return sendProblem(res, checked.problem);
    // The board's own key: a co-moderator link may not end the board it was given for (COMOD-4).
    if (!checked.value.moderator || checked.value.actor.moderatorInviteId) {
      return sendProblem(res, problem("forbidden", "Deleting a board needs its X-Moderator-Key."));
    }
    // Gone already (a second tab, the expiry sweep): the same answer as any board that does not exist.
    if (!(await endBoard(deps, checked.value.boardId))) {
      return sendProblem(res, problem("unknown_board", "This board does not exist."));
    }
    res.status(204).end();
  });
  return router;
}
