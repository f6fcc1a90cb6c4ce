import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { problem } from "../../../shared/errors";
import type { BusinessCard } from "../../../shared/features/networking";
import { vcards3Of } from "../../../shared/features/networking/vcard3";
import { vcards4Of } from "../../../shared/features/networking/vcard4";
import { vcardFileName } from "../../../shared/features/networking/vcardText";
import type { SnapshotCache } from "../../core/snapshotCache";
import { answerPerCaller } from "../../http/answerPerCaller";
import { boardRequestOf, viewerOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";
import { parseWith } from "../../validation";

interface Deps {
  store: BoardStore;
  /** The same per-viewer snapshots the board route and socket joins read: NET-2 holds by construction. */
  snapshots: SnapshotCache;
}

const VcardQuery = z.object({
  version: z.enum(["4.0", "3.0"]).default("4.0"),
  lang: z.enum(["de", "en"]).default("de"),
});

interface BoardCards {
  boardId: string;
  cards: BusinessCard[];
}

const byName = (a: BusinessCard, b: BusinessCard) => a.name.localeCompare(b.name, "de") || (a.id < b.id ? -1 : 1);

/**
 * NET-5: the wall's business cards as vCards for scripts: `business-cards.vcf` (all) and
 * `business-cards/:cardId.vcf` (one), `?version=4.0` (default) or `3.0` (phones), `?lang=de|en` for the
 * note's labels. Each holds only what its requester may see: a participant by default, moderators with
 * X-Moderator-Key, and with X-Author-Token its author's own card whole.
 */
export function vcardRoutes({ store, snapshots }: Deps): Router {
  const router = Router();

  async function cardsFor(req: Request, res: Response): Promise<BoardCards | undefined> {
    const request = await boardRequestOf(req, store);
    if (!request.ok) {
      sendProblem(res, request.problem);
      return undefined;
    }
    const snapshot = await snapshots.snapshotFor(request.value.boardId, viewerOf(request.value));
    if (!snapshot) {
      sendProblem(res, problem("unknown_board", "This board does not exist."));
      return undefined;
    }
    const cards = snapshot.records.filter((record): record is BusinessCard => record.type === "businessCard");
    return { boardId: snapshot.boardId, cards: cards.sort(byName) };
  }

  function send(req: Request, res: Response, { boardId, cards }: BoardCards, fileName: string): void {
    const query = parseWith(VcardQuery, { version: req.query.version, lang: req.query.lang }, "vCard request");
    if (!query.ok) {
      sendProblem(res, query.problem);
      return;
    }
    const { version, lang } = query.value;
    const options = { boardId, language: lang };
    const text = version === "3.0" ? vcards3Of(cards, options) : vcards4Of(cards, options);
    res.attachment(fileName);
    res.set("Content-Type", "text/vcard; charset=utf-8");
    res.send(text);
  }

  router.get("/boards/:boardId/business-cards.vcf", answerPerCaller, async (req, res) => {
    const wall = await cardsFor(req, res);
    if (wall) send(req, res, wall, "visitenkarten.vcf");
  });

  // path-to-regexp v8: a parameter name ends where identifier characters end, so `.vcf` is literal.
  router.get("/boards/:boardId/business-cards/:cardId.vcf", answerPerCaller, async (req, res) => {
    const wall = await cardsFor(req, res);
    if (!wall) return;
    const card = wall.cards.find((candidate) => candidate.id === req.params.cardId);
    if (!card) return sendProblem(res, problem("not_found", "This business card does not exist."));
    send(req, res, { boardId: wall.boardId, cards: [card] }, vcardFileName(card.name));
  });

  return router;
}
