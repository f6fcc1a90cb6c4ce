import { Router } from "express";
import { generateNKeysBetween } from "fractional-indexing";
import { CreateBoardBody, CreateCardBody } from "../../shared/api";
import { problem } from "../../shared/errors";
import { newId } from "../../shared/ids";
import type { Card } from "../../shared/model";
import type { OpOf } from "../../shared/ops";
import { rankBetween } from "../../shared/ordering";
import { TEMPLATES, templateRecords } from "../../shared/templates";
import type { SnapshotCache } from "../core/snapshotCache";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { parseWith } from "../validation";
import { answerPerCaller } from "./answerPerCaller";
import { boardRequestOf, viewerOf } from "./boardRequest";
import { adminTokenProblem, boardsBaseUrl, storeNewBoard } from "./newBoard";
import { restWrite } from "./restWrite";
import { sendProblem } from "./sendProblem";

interface Deps {
  store: BoardStore;
  committer: GroupCommitter;
  publicUrl?: string;
  /** When set, `POST /boards` needs it in `X-Admin-Token` (OPS-4). */
  adminToken?: string;
  /** Shared with socket joins: one snapshot per board, revision and audience (LIMIT-2). */
  snapshots: SnapshotCache;
}

/** The public REST API for scripts and integrations (docs/api.md). */
export function boardRoutes({ store, committer, snapshots, publicUrl, adminToken }: Deps): Router {
  const router = Router();

  router.post("/boards", async (req, res) => {
    const refused = adminTokenProblem(req, adminToken);
    if (refused) return sendProblem(res, refused);
    const parsed = parseWith(CreateBoardBody, req.body, "board");
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const { title, description, template } = parsed.value;
    const columns = TEMPLATES[template].columns;
    const ranks = generateNKeysBetween(null, null, columns.length);
    const boardId = newId();
    const createdAt = Date.now();
    const records = templateRecords(
      { id: boardId, title, description, template, createdAt },
      columns.map(() => newId()),
      ranks,
    );
    const created = await storeNewBoard(store, {
      id: boardId,
      records,
      createdAt,
      baseUrl: boardsBaseUrl(req, publicUrl),
    });
    const snapshot = await snapshots.snapshotFor(boardId, { role: "moderator", authorId: null });
    res.status(201).json({ ...created, snapshot });
  });

  router.get("/boards/:boardId", answerPerCaller, async (req, res) => {
    // A browser's first load names its author token, so the records only its author may see come
    // along (a moderator's too: their business card's fields shown to nobody else, NET-2); without
    // one (a script) the answer is what any participant or moderator sees.
    const request = await boardRequestOf(req, store);
    if (!request.ok) return sendProblem(res, request.problem);
    const { boardId } = request.value;
    const viewer = viewerOf(request.value);
    res.vary("Accept-Encoding");
    // Brotli when the client takes it (every browser does): a third smaller than gzip for board JSON.
    const encoding = req.acceptsEncodings("br") ? "br" : req.acceptsEncodings("gzip", "identity");
    if (encoding === "br" || encoding === "gzip") {
      const compressed = await snapshots.compressedFor(
        boardId,
        viewer,
        encoding,
        Boolean(req.acceptsEncodings("gzip")),
      );
      if (!compressed) return sendProblem(res, problem("unknown_board", "This board does not exist."));
      // Already compressed: the compression middleware leaves an encoded answer alone.
      return res.set("Content-Encoding", compressed.encoding).type("json").send(compressed.body);
    }
    const snapshot = await snapshots.snapshotJsonFor(boardId, viewer);
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    res.type("json").send(snapshot);
  });

  router.post(
    "/boards/:boardId/cards",
    restWrite({ store, committer }, CreateCardBody, "card", async (body, boardId) => {
      const { columnId, rank, cardId, authorName, content } = body;
      const op: OpOf<"card.add"> = {
        type: "card.add",
        cardId: cardId ?? newId(),
        columnId,
        rank: rank ?? (await rankAtEnd(store, boardId, columnId)),
        authorName,
        content,
      };
      return op;
    }),
  );

  return router;
}

/** A rank after the last card of the column, for cards posted without one. */
async function rankAtEnd(store: BoardStore, boardId: string, columnId: string): Promise<string> {
  const board = await store.readBoard(boardId);
  const ranks = (board?.records ?? []).flatMap((record) =>
    record.type === "card" && (record as Card).columnId === columnId ? [(record as Card).rank] : [],
  );
  const last = ranks.reduce<string | null>((max, rank) => (max === null || rank > max ? rank : max), null);
  return rankBetween(last, null);
}
