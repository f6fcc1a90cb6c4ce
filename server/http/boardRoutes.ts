import { type Request, Router } from "express";
import { generateNKeysBetween } from "fractional-indexing";
import { BoardIdParam, CreateBoardBody, CreateCardBody, type CreatedBoard } from "../../shared/api";
import type { Viewer } from "../../shared/core/visibility";
import { problem } from "../../shared/errors";
import { ID_PATTERN, newId } from "../../shared/ids";
import { SecretToken } from "../../shared/joinSchema";
import type { Card } from "../../shared/model";
import type { OpOf } from "../../shared/ops";
import { rankBetween } from "../../shared/ordering";
import { boardRecordsFromTemplate, TEMPLATES } from "../../shared/templates";
import { resolveAuthor } from "../auth/authors";
import { hashSecret, newSecret, secretMatchesHash } from "../auth/secrets";
import type { SnapshotCache } from "../core/snapshotCache";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import { parseWith } from "../validation";
import { sendProblem } from "./sendProblem";

interface Deps {
  store: BoardStore;
  committer: GroupCommitter;
  publicUrl?: string;
  /** Shared with socket joins: one snapshot per board, revision and audience (LIMIT-2). */
  snapshots: SnapshotCache;
}

/** The public REST API for scripts and integrations (docs/api.md). */
export function boardRoutes({ store, committer, snapshots, publicUrl }: Deps): Router {
  const router = Router();
  const baseUrl = (req: Request) => publicUrl ?? `${req.protocol}://${req.get("host")}`;

  router.post("/boards", async (req, res) => {
    const parsed = parseWith(CreateBoardBody, req.body, "board");
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const { title, description, template } = parsed.value;
    const columns = TEMPLATES[template].columns;
    const ranks = generateNKeysBetween(null, null, columns.length);
    const boardId = newId();
    const moderatorKey = newSecret();
    const createdAt = Date.now();
    const records = boardRecordsFromTemplate(
      { id: boardId, title, description, template, createdAt },
      columns.map(() => newId()),
      ranks,
    );
    await store.createBoard({ id: boardId, moderatorKeyHash: hashSecret(moderatorKey), records, createdAt });
    const snapshot = await snapshots.snapshotFor(boardId, { role: "moderator", authorId: null });
    const participantUrl = `${baseUrl(req)}/b/${boardId}`;
    const created: CreatedBoard = {
      boardId,
      participantUrl,
      // The key travels in the URL fragment, which browsers never send to a server or in a Referer.
      moderatorUrl: `${participantUrl}#key=${moderatorKey}`,
      moderatorKey,
    };
    res.status(201).json({ ...created, snapshot });
  });

  router.get("/boards/:boardId", async (req, res) => {
    const boardId = BoardIdParam.safeParse(req.params.boardId);
    const keyHash = boardId.success ? await store.moderatorKeyHash(boardId.data) : undefined;
    if (!boardId.success || keyHash === undefined) {
      return sendProblem(res, problem("unknown_board", "This board does not exist."));
    }
    const moderatorKey = req.get("X-Moderator-Key");
    if (moderatorKey !== undefined && !secretMatchesHash(moderatorKey, keyHash)) {
      return sendProblem(res, problem("forbidden", "X-Moderator-Key is not valid for this board."));
    }
    // A browser's first load names its author token, so the records only its author may see come
    // along; without one (a script) the answer is what any participant sees.
    // A moderator's own too: their business card's fields shown to nobody else (NET-2).
    const authorToken = SecretToken.safeParse(req.get("X-Author-Token"));
    const viewer: Viewer = {
      role: moderatorKey ? "moderator" : "participant",
      authorId: authorToken.success ? resolveAuthor(boardId.data, authorToken.data).authorId : null,
    };
    res.vary("Accept-Encoding");
    // Brotli when the client takes it (every browser does): a third smaller than gzip for board JSON.
    const encoding = req.acceptsEncodings("br") ? "br" : req.acceptsEncodings("gzip", "identity");
    if (encoding === "br" || encoding === "gzip") {
      const body = await snapshots.compressedFor(boardId.data, viewer, encoding);
      if (!body) return sendProblem(res, problem("unknown_board", "This board does not exist."));
      // Already compressed: the compression middleware leaves an encoded answer alone.
      return res.set("Content-Encoding", encoding).type("json").send(body);
    }
    const snapshot = await snapshots.snapshotJsonFor(boardId.data, viewer);
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    res.type("json").send(snapshot);
  });

  router.post("/boards/:boardId/cards", async (req, res) => {
    const boardId = BoardIdParam.safeParse(req.params.boardId);
    const keyHash = boardId.success ? await store.moderatorKeyHash(boardId.data) : undefined;
    if (!boardId.success || keyHash === undefined) {
      return sendProblem(res, problem("unknown_board", "This board does not exist."));
    }
    const parsed = parseWith(CreateCardBody, req.body, "card");
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const opId = req.get("Idempotency-Key") ?? newId();
    if (!ID_PATTERN.test(opId)) {
      return sendProblem(
        res,
        problem("invalid_input", "Idempotency-Key must be 8–64 characters of A–Z, a–z, 0–9, _ or -."),
      );
    }
    const moderatorKey = req.get("X-Moderator-Key");
    if (moderatorKey !== undefined && !secretMatchesHash(moderatorKey, keyHash)) {
      return sendProblem(res, problem("forbidden", "X-Moderator-Key is not valid for this board."));
    }
    const { columnId, rank, cardId, authorName, content } = parsed.value;
    const op: OpOf<"card.add"> = {
      type: "card.add",
      cardId: cardId ?? newId(),
      columnId,
      rank: rank ?? (await rankAtEnd(store, boardId.data, columnId)),
      authorName,
      content,
    };
    const response = await committer.submit({
      boardId: boardId.data,
      opId,
      op,
      actor: { role: moderatorKey ? "moderator" : "participant", authorId: null },
      // The key lives apart from socket op ids, and a retry is told by its body: the op built from
      // it gets a fresh card id and rank each time (SYNC-13).
      namespace: "api",
      asked: parsed.value,
    });
    if (!response.ok) return sendProblem(res, response.problem);
    res.status(201).json(response.committed);
  });

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
