import { type ApplyOp, fail, type OpRule, ruleBook } from "./core/ruleBook";
import { problem } from "./errors";
import { featureRules, LINK_HOLDER_OPS, type Op } from "./features";
import { revokedLinkProblem } from "./features/comoderators";
import { linkStillOpen } from "./features/links";
import { linksOnlyProblem, moderationOf } from "./features/moderation";
import { type BusinessCardClaimOp, claimRules } from "./features/networking";

export type { OpOutcome } from "./core/ruleBook";

/**
 * The one rule book: (view, op, actor, now) -> record writes or a problem. The server runs it to
 * commit, the browser to show the result before the server answers. It is derived from the list of
 * features (shared/features/index.ts).
 */
export const themenwandRules: readonly OpRule<Op>[] = featureRules;

/**
 * Ops only the server commits, after checks of its own (a card taken over with its edit link,
 * NET-4). No op schema accepts them, so no socket or REST body can send one.
 */
export type ServerOp = BusinessCardClaimOp;

export const serverRules: readonly OpRule<ServerOp>[] = [...claimRules];

const book: ApplyOp<Op | ServerOp> = ruleBook<Op | ServerOp>(
  [...(themenwandRules as readonly OpRule<Op | ServerOp>[]), ...(serverRules as readonly OpRule<Op | ServerOp>[])],
  LINK_HOLDER_OPS,
);

/**
 * The server's rule book, behind the checks every op passes: a revoked co-moderator link does nothing
 * (COMOD-3), a links-only board takes no plain participant's op (LINK-7), and a special link holder's op needs their link to stand (LINK-5).
 */
export const applyOp: ApplyOp<Op | ServerOp> = (view, op, actor, now) => {
  const revoked = revokedLinkProblem(view, actor);
  if (revoked) return fail(revoked);
  // LINK-7: a plain participant who joined before the board became links-only writes nothing after it.
  const closed = linksOnlyProblem(moderationOf(view), actor);
  if (closed) return fail(closed);
  return linkStillOpen(view, actor)
    ? book(view, op, actor, now)
    : fail(problem("forbidden", "This link was revoked: it no longer opens this board."));
};
