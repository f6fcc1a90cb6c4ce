import { Router } from "express";
import { recordMapOf } from "../../../shared/core/recordState";
import { viewOf } from "../../../shared/core/recordView";
import { problem } from "../../../shared/errors";
import { openSlots, programmeOf } from "../../../shared/features/impulses";
import type { Meeting } from "../../../shared/features/meetings";
import { berlinToday, splitMeetings } from "../../../shared/features/meetings/days";
import type { SnapshotCache } from "../../core/snapshotCache";
import { answerPerCaller } from "../../http/answerPerCaller";
import { boardRequestOf, viewerOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";

/**
 * API-6: the board's programme for a website or a newsletter script: upcoming and past meetings as
 * the caller may see them, each with its agenda (talks and items, computed times) and the slots still open.
 */
export function programmeRoute({ store, snapshots }: { store: BoardStore; snapshots: SnapshotCache }): Router {
  const router = Router();
  router.get("/boards/:boardId/meetings", answerPerCaller, async (req, res) => {
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    const snapshot = await snapshots.snapshotFor(request.value.boardId, viewerOf(request.value));
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    const view = viewOf(recordMapOf(snapshot.records));
    const withAgenda = (meeting: Meeting) => ({
      ...meeting,
      // AGENDA-3: talks and the other items (welcome, breaks, closing round) in order, with their times.
      agenda: programmeOf(view, meeting).map((entry) =>
        entry.kind === "talk"
          ? {
              kind: "talk" as const,
              start: entry.start,
              end: entry.end,
              impulseId: entry.impulse.id,
              title: entry.impulse.title,
              abstract: entry.impulse.abstract,
              presenterName: entry.impulse.presenterName,
              organisation: entry.impulse.organisation,
              minutes: entry.minutes,
              status: entry.impulse.status,
            }
          : {
              kind: "item" as const,
              start: entry.start,
              end: entry.end,
              itemId: entry.item.id,
              itemKind: entry.item.kind,
              title: entry.item.title,
              minutes: entry.minutes,
            },
      ),
      openSlots: meeting.status === "cancelled" ? 0 : openSlots(view, meeting),
    });
    const today = berlinToday();
    const meetings = snapshot.records.filter((record): record is Meeting => record.type === "meeting");
    const { upcoming, past } = splitMeetings(meetings, today);
    res.json({
      boardId: snapshot.boardId,
      revision: snapshot.revision,
      today,
      upcoming: upcoming.map(withAgenda),
      past: past.map(withAgenda),
    });
  });
  return router;
}
