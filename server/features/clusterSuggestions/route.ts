import { Router } from "express";
import { ClusterSuggestionsBody } from "../../../shared/api";
import { problem } from "../../../shared/errors";
import type { Card } from "../../../shared/model";
import type { SnapshotCache } from "../../core/snapshotCache";
import { boardRequestOf, viewerOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";
import { parseWith } from "../../validation";
import { DEFAULT_SETTINGS } from "./settings";
import { suggestClusters } from "./suggestClusters";
import { installedThesaurus } from "./synonyms";

/**
 * The computation blocks this process while it runs (about a second of CPU for 2,000 cards that all
 * share the same few words, the worst case; a real board's far less), so larger requests name a column.
 */
export const MAX_CARDS = 2_000;

/**
 * SUG-2: suggested clusters for a board's moderators (X-Moderator-Key), computed here from the
 * topic cards' text; nothing is sent anywhere and nothing on the board changes.
 */
export function clusterSuggestionsRoute({ store, snapshots }: { store: BoardStore; snapshots: SnapshotCache }): Router {
  const router = Router();
  router.post("/boards/:boardId/cluster-suggestions", async (req, res) => {
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    if (!request.value.moderator) {
      return sendProblem(res, problem("forbidden", "Only the board's moderators may ask for suggested clusters."));
    }
    const body = parseWith(ClusterSuggestionsBody, req.body ?? {}, "cluster suggestions request");
    if (!body.ok) return sendProblem(res, body.problem);
    // Read through the moderators' own view, like every exit (VIS-7).
    const board = await snapshots.snapshotFor(request.value.boardId, viewerOf(request.value));
    if (!board) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    const { columnId } = body.value;
    if (columnId !== undefined && !board.records.some((record) => record.type === "column" && record.id === columnId)) {
      return sendProblem(res, problem("not_found", "This column does not exist."));
    }
    const cards = board.records.filter(
      (record): record is Card =>
        record.type === "card" &&
        (record as Card).content.kind === "topic" &&
        (columnId === undefined || (record as Card).columnId === columnId),
    );
    if (cards.length > MAX_CARDS) {
      return sendProblem(
        res,
        problem(
          "limit_reached",
          `Suggestions take at most ${MAX_CARDS} cards at once; this asks for ${cards.length}. Ask for one column (columnId).`,
        ),
      );
    }
    const synonyms = DEFAULT_SETTINGS.synonymShare > 0 ? await installedThesaurus() : null;
    const answer = suggestClusters(
      cards.map((card) => ({ id: card.id, title: card.content.title, body: card.content.body })),
      { synonyms },
    );
    res.setHeader("Cache-Control", "private, no-store");
    res.json(answer);
  });
  return router;
}
