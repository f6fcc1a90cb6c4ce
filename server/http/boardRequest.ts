import type { Request } from "express";
import { BoardIdParam } from "../../shared/api";
import type { Viewer } from "../../shared/core/visibility";
import { type Problem, problem } from "../../shared/errors";
import { ID_PATTERN, newId } from "../../shared/ids";
import { SecretToken } from "../../shared/joinSchema";
import type { Actor } from "../../shared/model";
import { addressBucketOf } from "../auth/addressBucket";
import { resolveAuthor } from "../auth/authors";
import { roleForKeys } from "../auth/roleForKeys";
import { checkedLinkKey } from "../features/links/linkAccess";
import { linksOnlyRefusal } from "../features/links/linksOnly";
import { recordFinder } from "../features/links/recordFinder";
import type { BoardStore } from "../store/BoardStore";

/** Who a REST request acts as on one board, after its keys were checked. */
export interface BoardRequest {
  boardId: string;
  actor: Actor;
  /** True when a valid X-Moderator-Key came along: the board's own, or a co-moderator link's (`actor.moderatorInviteId`). */
  moderator: boolean;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const unknownBoard = (): Checked<never> => ({
  ok: false,
  problem: problem("unknown_board", "This board does not exist."),
});

/**
 * The board a request names and who it acts as: a moderator with a valid `X-Moderator-Key` (a wrong
 * or revoked one is refused, never ignored; roleForKeys), else a participant; either as the author of `X-Author-Token` when one
 * is sent.
 */
export async function boardRequestOf(req: Request, store: BoardStore): Promise<Checked<BoardRequest>> {
  const boardId = BoardIdParam.safeParse(req.params.boardId);
  if (!boardId.success) return unknownBoard();
  // A co-moderator link's key counts as a moderator's while it is not revoked (COMOD-2, COMOD-3).
  const keys = await roleForKeys(store, boardId.data, { moderatorKey: req.get("X-Moderator-Key") });
  if (!keys.ok) return keys;
  const { role, moderatorInviteId } = keys.value;
  // The author token counts for moderators too: their own business card's fields shown to nobody else (NET-2).
  const authorToken = SecretToken.safeParse(req.get("X-Author-Token"));
  const authorId = authorToken.success ? resolveAuthor(boardId.data, authorToken.data).authorId : null;
  // A special link's holder reads and writes only what the link opens (LINK-3, LINK-4); a link wins over a moderator key.
  const findRecord = recordFinder(store, boardId.data);
  const link = await checkedLinkKey(req.get("X-Link-Key"), findRecord);
  if (!link.ok) return link;
  const moderator = role === "moderator" && !link.access;
  const closed = await linksOnlyRefusal(findRecord, { role: moderator ? "moderator" : "participant", ...link.access });
  if (closed) return { ok: false, problem: closed };
  const actor: Actor = {
    role: moderator ? "moderator" : "participant",
    authorId,
    ...(moderator && moderatorInviteId ? { moderatorInviteId } : {}),
    ...link.access,
  };
  // Set by writeLimits for every POST: a REST write counts against its address's fair share (FAIR-4).
  const address: unknown = req.res?.locals.clientAddress;
  if (typeof address === "string") actor.addressBucket = addressBucketOf(boardId.data, address);
  return { ok: true, value: { boardId: boardId.data, actor, moderator } };
}

export const viewerOf = (request: BoardRequest): Viewer => ({
  role: request.actor.role,
  authorId: request.actor.authorId,
  ...(request.actor.scope ? { scope: request.actor.scope } : {}),
});

/** The request's `Idempotency-Key`, or a fresh op id when it sent none. */
export function opIdOf(req: Request): Checked<string> {
  const opId = req.get("Idempotency-Key") ?? newId();
  if (ID_PATTERN.test(opId)) return { ok: true, value: opId };
  return {
    ok: false,
    problem: problem("invalid_input", "Idempotency-Key must be 8–64 characters of A–Z, a–z, 0–9, _ or -."),
  };
}
