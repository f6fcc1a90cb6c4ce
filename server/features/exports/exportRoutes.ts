import { type Request, type Response, Router } from "express";
import { problem } from "../../../shared/errors";
import type { SnapshotCache } from "../../core/snapshotCache";
import { answerPerCaller } from "../../http/answerPerCaller";
import { boardRequestOf, viewerOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";
import { boardJson } from "./boardJson";
import { cardTableCsv } from "./cardTable";
import { type ExportView, exportViewOf } from "./exportView";
import { minutesMarkdown } from "./minutes";
import { exportLanguageOf } from "./words";

/** A file name of the board's title and id: in plain letters (filename) and as written (filename*). */
function attachment(board: ExportView, extension: string): string {
  const stem = (title: string, notInName: RegExp) =>
    title
      .replace(notInName, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "board";
  const title = board.board.title;
  const plain = stem(title.normalize("NFKD").replace(/\p{M}/gu, ""), /[^A-Za-z0-9]+/g);
  const written = stem(title.normalize("NFC"), /[^\p{L}\p{N}]+/gu);
  const name = (text: string) => `${text}-${board.boardId}.${extension}`;
  return `attachment; filename="${name(plain)}"; filename*=UTF-8''${encodeURIComponent(name(written))}`;
}

const WRITERS = {
  json: { type: "application/json; charset=utf-8", write: (board: ExportView) => JSON.stringify(boardJson(board)) },
  md: { type: "text/markdown; charset=utf-8", write: minutesMarkdown },
  csv: { type: "text/csv; charset=utf-8", write: cardTableCsv },
} as const;

/**
 * EXP-9: `GET /api/boards/:boardId/export.{json,md,csv}`, each made from the caller's own snapshot
 * (VIS-7), so a participant's file holds what their page shows and a moderator's what theirs does.
 */
export function exportRoutes({ store, snapshots }: { store: BoardStore; snapshots: SnapshotCache }): Router {
  const router = Router();
  for (const [extension, writer] of Object.entries(WRITERS)) {
    router.get(`/boards/:boardId/export.${extension}`, answerPerCaller, async (req: Request, res: Response) => {
      // A file with people's names in it stays out of every cache, the browser's own too.
      res.set("Cache-Control", "private, no-store");
      res.vary("Accept-Language");
      const request = await boardRequestOf(req, store);
      if (!request.ok) return sendProblem(res, request.problem);
      const snapshot = await snapshots.snapshotFor(request.value.boardId, viewerOf(request.value));
      const board =
        snapshot &&
        exportViewOf(snapshot, {
          moderator: request.value.moderator,
          language: exportLanguageOf(req.query.lang, (...languages) => req.acceptsLanguages(...languages)),
          exportedAt: Date.now(),
        });
      if (!board) return sendProblem(res, problem("unknown_board", "This board does not exist."));
      res.setHeader("Content-Type", writer.type);
      res.setHeader("Content-Disposition", attachment(board, extension));
      res.send(writer.write(board));
    });
  }
  return router;
}
