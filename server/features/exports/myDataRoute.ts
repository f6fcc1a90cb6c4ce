import { type Request, type Response, Router } from "express";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { problem } from "../../../shared/errors";
import type { SnapshotCache } from "../../core/snapshotCache";
import { answerPerCaller } from "../../http/answerPerCaller";
import { boardRequestOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";

/**
 * DATA-1: `GET /api/boards/:boardId/my-data.json` with `X-Author-Token`: everything this person
 * authored on the board (cards, offers, registrations, business card, ballots, likes, memberships,
 * calendar feeds), each as its author may read it, from their own view of the board (VIS-7). Made
 * from the record list, so a record type added later is in it without anyone listing it here.
 */
export function myDataRoute({ store, snapshots }: { store: BoardStore; snapshots: SnapshotCache }): Router {
  const router = Router();
  router.get("/boards/:boardId/my-data.json", answerPerCaller, async (req: Request, res: Response) => {
    res.set("Cache-Control", "private, no-store");
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    const { authorId } = request.value.actor;
    if (!authorId) {
      return sendProblem(res, problem("forbidden", "Send your X-Author-Token: the data is the author's own."));
    }
    // As a participant: the author's own view, whatever else a moderator key would show.
    const snapshot = await snapshots.snapshotFor(request.value.boardId, { role: "participant", authorId });
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    const records = snapshot.records.filter((record) => isAuthorOf(record, authorId));
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="my-data-${snapshot.boardId}.json"`);
    res.send(
      JSON.stringify({
        format: "themenwand-my-data",
        version: 1,
        boardId: snapshot.boardId,
        exportedAt: new Date().toISOString(),
        records,
      }),
    );
  });
  return router;
}
