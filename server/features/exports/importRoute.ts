import express, { type ErrorRequestHandler, type RequestHandler, Router } from "express";
import { problem } from "../../../shared/errors";
import { newId } from "../../../shared/ids";
import { LIMITS } from "../../../shared/limits";
import { adminTokenProblem, boardsBaseUrl, storeNewBoard } from "../../http/newBoard";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";
import { parseWith } from "../../validation";
import { BoardImportBody, importedRecords } from "./importBoard";

interface Deps {
  store: BoardStore;
  publicUrl?: string;
  adminToken?: string;
}

const tooLarge: ErrorRequestHandler = (error, _req, res, next) => {
  if ((error as { type?: string }).type !== "entity.too.large") return next(error);
  sendProblem(res, problem("payload_too_large", `An import may be at most ${LIMITS.importBytes} bytes.`));
};

/**
 * TPL-1: `POST /api/boards/import` makes a new board of a JSON export. Mounted before the API's
 * body parser, since a board is larger than any op; a new board like `POST /api/boards` in all else
 * (the admin token, the per-address limit on new boards).
 */
export function importRoute({ store, publicUrl, adminToken }: Deps): Router {
  const router = Router();
  router.post(
    "/boards/import",
    ((req, res, next) => {
      // Refused before the body is read: no one without the token makes the server parse 16 MB.
      const refused = adminTokenProblem(req, adminToken);
      if (refused) return sendProblem(res, refused);
      next();
    }) satisfies RequestHandler,
    express.json({ limit: LIMITS.importBytes }),
    tooLarge,
    (async (req, res) => {
      const parsed = parseWith(BoardImportBody, req.body, "import");
      if (!parsed.ok) return sendProblem(res, parsed.problem);
      const boardId = newId();
      const createdAt = Date.now();
      const imported = importedRecords(parsed.value, { boardId, now: createdAt, newId });
      if (!imported.ok) return sendProblem(res, imported.problem);
      const created = await storeNewBoard(store, {
        id: boardId,
        records: imported.records,
        createdAt,
        baseUrl: boardsBaseUrl(req, publicUrl),
      });
      res.status(201).json(created);
    }) satisfies RequestHandler,
  );
  return router;
}
