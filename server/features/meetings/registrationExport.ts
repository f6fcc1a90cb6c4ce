import { Router } from "express";
import { recordMapOf } from "../../../shared/core/recordState";
import { viewOf } from "../../../shared/core/recordView";
import { problem } from "../../../shared/errors";
import { type Meeting, registrationsOf } from "../../../shared/features/meetings";
import { EntityId } from "../../../shared/fields";
import { berlinTime, sendCsv, spreadsheetLanguageOf } from "../../core/csvText";
import type { SnapshotCache } from "../../core/snapshotCache";
import { answerPerCaller } from "../../http/answerPerCaller";
import { boardRequestOf, viewerOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";

/** Column titles and words of the export, in the two languages of the UI. */
const WORDS = {
  de: { header: ["Name", "E-Mail", "Status", "Angemeldet am"], registered: "angemeldet", waiting: "Warteliste" },
  en: { header: ["Name", "Email", "Status", "Registered at"], registered: "registered", waiting: "waiting list" },
} as const;

/**
 * MEET-5: a meeting's registrations as CSV, for its moderators only (X-Moderator-Key): first come
 * first served, then the waiting list. UTF-8 with a byte order mark so that spreadsheet programs read
 * umlauts right; semicolons in German (what German Excel expects), commas in English.
 */
export function registrationExport({ store, snapshots }: { store: BoardStore; snapshots: SnapshotCache }): Router {
  const router = Router();
  router.get("/boards/:boardId/meetings/:meetingId/registrations.csv", answerPerCaller, async (req, res) => {
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    if (!request.value.moderator) {
      return sendProblem(res, problem("forbidden", "Only the board's moderators may export registrations."));
    }
    // Read through the moderators' own view, like every exit (VIS-7).
    const board = await snapshots.snapshotFor(request.value.boardId, viewerOf(request.value));
    const meetingId = EntityId.safeParse(req.params.meetingId);
    const view = board && viewOf(recordMapOf(board.records));
    const meeting = meetingId.success ? view?.get<Meeting>("meeting", meetingId.data) : undefined;
    if (!view || !meeting) return sendProblem(res, problem("not_found", "This meeting does not exist."));

    const language = spreadsheetLanguageOf(req);
    const words = WORDS[language];
    const rows = registrationsOf(view, meeting.id).map((registration) => [
      registration.name,
      registration.email,
      registration.status === "registered" ? words.registered : words.waiting,
      berlinTime.format(registration.createdAt),
    ]);
    // Every cell is text people typed their own way: csvText keeps formulas and line breaks harmless.
    sendCsv(res, [words.header, ...rows], language, `registrations-${meeting.date}.csv`);
  });
  return router;
}
