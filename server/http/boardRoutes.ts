import { type Request, Router } from "express";
import { generateNKeysBetween } from "fractional-indexing";
import { BoardIdParam, CreateBoardBody, CreateCardBody, type CreatedBoard } from "../../shared/api";
import { problem } from "../../shared/errors";
import { ID_PATTERN, newId } from "../../shared/ids";
import { rankBetween } from "../../shared/ordering";
import { TEMPLATES } from "../../shared/templates";
import { hashSecret, newSecret, secretMatchesHash } from "../auth/secrets";
import type { GroupCommitter } from "../ops/GroupCommitter";
import type { BoardStore } from "../store/BoardStore";
import type { SnapshotCache } from "../store/SnapshotCache";
import { parseWith } from "../validation";
import { sendProblem } from "./sendProblem";

interface Deps {
  store: BoardStore;
  committer: GroupCommitter;
  publicUrl?: string;
  /** Shared with socket joins: one snapshot per board revision (LIMIT-2). */
  snapshots: SnapshotCache;
}

/** The public REST API for scripts and integrations (docs/api.md). */
export function boardRoutes({ store, committer, publicUrl, snapshots }: Deps): Router {
  const router = Router();
  const baseUrl = (req: Request) => publicUrl ?? `${req.protocol}://${req.get("host")}`;

  router.post("/boards", (req, res) => {
    const parsed = parseWith(CreateBoardBody, req.body, "board");
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const { title, description, template } = parsed.value;
    const titles = TEMPLATES[template].columns;
    const ranks = generateNKeysBetween(null, null, titles.length);
    const boardId = newId();
    const moderatorKey = newSecret();
    const snapshot = store.createBoard({
      id: boardId,
      title,
      description,
      moderatorKeyHash: hashSecret(moderatorKey),
      columns: titles.map((columnTitle, index) => ({ id: newId(), title: columnTitle, rank: ranks[index] })),
      createdAt: Date.now(),
    });
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

  router.get("/boards/:boardId", (req, res) => {
    const boardId = BoardIdParam.safeParse(req.params.boardId);
    const snapshot = boardId.success ? snapshots.get(boardId.data) : undefined;
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    res.type("json").send(snapshot.json);
  });

  router.post("/boards/:boardId/cards", async (req, res) => {
    const boardId = BoardIdParam.safeParse(req.params.boardId);
    const keyHash = boardId.success ? store.moderatorKeyHash(boardId.data) : undefined;
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
    const response = await committer.submit({
      boardId: boardId.data,
      opId,
      op: {
        type: "card.add",
        cardId: cardId ?? newId(),
        columnId,
        rank: rank ?? rankBetween(store.lastCardRank(boardId.data, columnId), null),
        authorName,
        content,
      },
      actor: { role: moderatorKey ? "moderator" : "participant", authorId: null },
    });
    if (!response.ok) return sendProblem(res, response.problem);
    res.status(201).json(response.committed);
  });

  return router;
}
