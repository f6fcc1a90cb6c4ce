import { isAuthorOf } from "../../core/authorTags";
import { putWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { readableRecord } from "../../core/visibility";
import { problem } from "../../errors";
import type { VotingOp as Op } from "./ops";
import { LIKE_SETTINGS_ID, type Like, type LikeCount, type LikeSettings } from "./records";

export const likesEnabled = (view: RecordView): boolean =>
  view.get<LikeSettings>("likeSettings", LIKE_SETTINGS_ID)?.enabled === true;

/** `authorId`'s like of a card, if any (real ids on the server, tags in the browser). */
export function likeOf(view: RecordView, cardId: string, authorId: string | null): Like | undefined {
  return view.where<Like>("like", "cardId", cardId).find((like) => isAuthorOf(like, authorId));
}

/** The count record after `delta`; the browser may not hold one yet and starts from 0. */
export function countWrite(view: RecordView, cardId: string, delta: number) {
  const current = view.get<LikeCount>("likeCount", cardId);
  const next: LikeCount = current
    ? { ...current, count: Math.max(0, current.count + delta) }
    : {
        type: "likeCount",
        id: cardId,
        version: 1,
        audience: "board",
        authorId: null,
        cardId,
        count: Math.max(0, delta),
      };
  return putWrite(next);
}

/** LIKE-1, LIKE-2: hearts on cards, when a moderator turned them on; one per person and card, who liked stays theirs. */
export const likeRules: OpRule<Op>[] = [
  rule<Op, "likes.configure">({
    type: "likes.configure",
    moderatorOnly: true,
    apply(view, op) {
      const current = view.get<LikeSettings>("likeSettings", LIKE_SETTINGS_ID);
      if (current?.enabled === op.enabled) return done();
      const next: LikeSettings = {
        type: "likeSettings",
        id: LIKE_SETTINGS_ID,
        version: (current?.version ?? 0) + 1,
        audience: "board",
        authorId: null,
        enabled: op.enabled,
      };
      return done(putWrite(next));
    },
  }),
  rule<Op, "like.add">({
    type: "like.add",
    apply(view, op, actor) {
      if (!actor.authorId) return fail(problem("forbidden", "Liking needs this browser's author id."));
      if (!likesEnabled(view)) return fail(problem("forbidden", "Likes are off on this board."));
      // MOD-8: a card the liker may not read (waiting, rejected, hidden) is answered as one that does not exist.
      if (!readableRecord(view, "card", op.cardId, actor)) {
        return fail(problem("not_found", "This card no longer exists."));
      }
      if (likeOf(view, op.cardId, actor.authorId)) return done();
      if (view.get("like", op.likeId)) return fail(problem("already_exists", "A like with this id exists."));
      const like: Like = {
        type: "like",
        id: op.likeId,
        version: 1,
        audience: "authorOnly",
        authorId: actor.authorId,
        cardId: op.cardId,
      };
      return done(putWrite(like), countWrite(view, op.cardId, 1));
    },
  }),
  rule<Op, "like.remove">({
    type: "like.remove",
    apply(view, op, actor) {
      if (!actor.authorId) return fail(problem("forbidden", "Liking needs this browser's author id."));
      const like = likeOf(view, op.cardId, actor.authorId);
      if (!like) return done();
      return done(removeWrite(like), countWrite(view, op.cardId, -1));
    },
  }),
];
