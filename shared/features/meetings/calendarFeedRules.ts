import { isAuthorOf, recordsOfAuthor } from "../../core/authorTags";
import { putWrite, removeWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { LIMITS } from "../../limits";
import type { MeetingOp as Op } from "./ops";
import type { CalendarFeed } from "./records";

/**
 * MEET-8: a person's own calendar feed. One per author and board: a new one replaces the earlier
 * (whose URL stops working at once), so a browser that lost its feed's secret simply asks again.
 */
export const calendarFeedRules: OpRule<Op>[] = [
  rule<Op, "calendarFeed.add">({
    type: "calendarFeed.add",
    apply(view, op, actor, now) {
      if (!actor.authorId) return fail(problem("forbidden", "A calendar feed needs this browser's author id."));
      if (view.get("calendarFeed", op.feedId)) {
        return fail(problem("already_exists", "A calendar feed with this id exists."));
      }
      const earlier = recordsOfAuthor<CalendarFeed>(view, "calendarFeed", actor.authorId);
      if (earlier.length === 0 && view.count("calendarFeed") >= LIMITS.calendarFeedsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.calendarFeedsPerBoard} calendar feeds.`));
      }
      const feed: CalendarFeed = {
        type: "calendarFeed",
        id: op.feedId,
        version: 1,
        audience: "author",
        authorId: actor.authorId,
        secretHash: op.secretHash,
        createdAt: now,
      };
      return done(...earlier.map(removeWrite), putWrite(feed));
    },
  }),
  rule<Op, "calendarFeed.remove">({
    type: "calendarFeed.remove",
    apply(view, op, actor) {
      const feed = view.get<CalendarFeed>("calendarFeed", op.feedId);
      if (!feed) return fail(problem("not_found", "This calendar feed no longer exists."));
      if (actor.role !== "moderator" && !isAuthorOf(feed, actor.authorId)) {
        return fail(problem("forbidden", "Only its owner or a moderator may remove a calendar feed."));
      }
      return done(removeWrite(feed));
    },
  }),
];
