import { Router } from "express";
import { z } from "zod";
import { BoardIdParam } from "../../../shared/api";
import { problem } from "../../../shared/errors";
import type { BusinessCard, BusinessCardClaimOp } from "../../../shared/features/networking";
import { sameHash } from "../../../shared/features/networking/claimRules";
import { EntityId, SecretHash } from "../../../shared/fields";
import { SecretToken } from "../../../shared/joinSchema";
import { resolveAuthor } from "../../auth/authors";
import { hashSecret, newSecret, secretMatchesHash } from "../../auth/secrets";
import type { SnapshotCache } from "../../core/snapshotCache";
import { opIdOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { GroupCommitter } from "../../ops/GroupCommitter";
import { parseWith } from "../../validation";

interface Deps {
  committer: GroupCommitter;
  snapshots: SnapshotCache;
}

/** `newKeyHash`: the SHA-256 of the secret the claiming browser keeps from now on (NET-8). */
const ClaimBody = z.strictObject({ key: SecretToken, newKeyHash: SecretHash.optional() });

/** A wrong key, a missing card and a malformed card id are answered alike: the answer says nothing. */
const noCard = () => problem("not_found", "No business card for this edit link.");

/**
 * NET-4: the private edit link. `POST /api/boards/:boardId/business-cards/:cardId/claim` with the
 * link's secret in the body and the browser's X-Author-Token: the server hashes the secret, compares
 * it with the card's stored hash in constant time, and commits `businessCard.claim` (a server-only
 * op) through the group committer like any op: one transaction with the op log, a receipt, and a
 * broadcast. From then on this browser is the card's author and edits or deletes it with plain ops.
 */
export function claimRoute({ committer, snapshots }: Deps): Router {
  const router = Router();
  router.post("/boards/:boardId/business-cards/:cardId/claim", async (req, res) => {
    const boardId = BoardIdParam.safeParse(req.params.boardId);
    const stored = boardId.success
      ? await snapshots.storedRecord(boardId.data, "businessCard", req.params.cardId)
      : undefined;
    if (!boardId.success || !stored) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    const authorToken = SecretToken.safeParse(req.get("X-Author-Token"));
    if (!authorToken.success) {
      return sendProblem(
        res,
        problem("invalid_input", "X-Author-Token must name the browser that takes the card over."),
      );
    }
    const parsed = parseWith(ClaimBody, req.body, "edit link");
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const opId = opIdOf(req);
    if (!opId.ok) return sendProblem(res, opId.problem);
    const card = stored.record as BusinessCard | undefined;
    const cardId = EntityId.safeParse(req.params.cardId);
    const { key, newKeyHash } = parsed.value;
    const { authorId } = resolveAuthor(boardId.data, authorToken.data);
    // A retry of this browser's own claim whose answer was lost: the card already holds its new hash.
    const retried =
      card?.authorId === authorId &&
      newKeyHash !== undefined &&
      card.editKeyHash !== undefined &&
      sameHash(card.editKeyHash, newKeyHash);
    if (!retried && (!cardId.success || !card?.editKeyHash || !secretMatchesHash(key, card.editKeyHash))) {
      return sendProblem(res, noCard());
    }
    if (!card || !cardId.success) return sendProblem(res, noCard());
    if (card.authorId === authorId) return res.json({ cardId: card.id, authorId, revision: null });
    const op: BusinessCardClaimOp = {
      type: "businessCard.claim",
      cardId: cardId.data,
      editKeyHash: hashSecret(key),
      // A page from before NET-8 sends no new hash: the link is revoked all the same, nobody holds one.
      newKeyHash: newKeyHash ?? hashSecret(newSecret()),
    };
    const response = await committer.submit({
      boardId: boardId.data,
      opId: opId.value,
      op,
      actor: { role: "participant", authorId },
      namespace: "api",
    });
    if (!response.ok) return sendProblem(res, response.problem.code === "not_found" ? noCard() : response.problem);
    res.json({ cardId: card.id, authorId, revision: response.committed.revision });
  });
  return router;
}
