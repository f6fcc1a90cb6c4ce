import { putWrite, removeWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { LinkOp as Op } from "./ops";
import type { SpecialLink } from "./records";

/** How many special links a board may hold at once: a workshop's groups and a survey or two. */
export const LINKS_PER_BOARD = 50;

export const linkRules: OpRule<Op>[] = [
  rule<Op, "link.create">({
    type: "link.create",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (view.get("specialLink", op.linkId)) return fail(problem("already_exists", "A link with this id exists."));
      if (op.kind === "group" && (op.columnId === null || !view.get("column", op.columnId))) {
        return fail(problem("not_found", "A small group's link needs a column of this board."));
      }
      if (view.count("specialLink") >= LINKS_PER_BOARD) {
        return fail(problem("limit_reached", `A board holds at most ${LINKS_PER_BOARD} special links.`));
      }
      const link: SpecialLink = {
        type: "specialLink",
        id: op.linkId,
        version: 1,
        audience: "moderators",
        // A moderators' tool like a column: nobody's record.
        authorId: null,
        label: op.label,
        kind: op.kind,
        columnId: op.kind === "group" ? op.columnId : null,
        keyHash: op.keyHash,
        createdAt: now,
      };
      return done(putWrite(link));
    },
  }),
  rule<Op, "link.revoke">({
    type: "link.revoke",
    moderatorOnly: true,
    apply(view, op) {
      const link = view.get<SpecialLink>("specialLink", op.linkId);
      if (!link) return fail(problem("not_found", "This link no longer exists."));
      return done(removeWrite(link));
    },
  }),
];
