import { type ApplyOp, type OpRule, ruleBook } from "./core/ruleBook";
import { boardRules } from "./features/board";
import { columnRules } from "./features/columns";
import { impulseRules } from "./features/impulses";
import { calendarFeedRules, meetingRules, registrationRules } from "./features/meetings";
import { type BusinessCardClaimOp, claimRules, networkingRules } from "./features/networking";
import { topicRules } from "./features/topics";
import type { Op } from "./ops";

export type { OpOutcome } from "./core/ruleBook";

/**
 * The one rule book: (view, op, actor, now) -> record writes or a problem. The server runs it to
 * commit, the browser to show the result before the server answers. A feature adds its rules here.
 */
export const themenwandRules: readonly OpRule<Op>[] = [
  ...boardRules,
  ...columnRules,
  ...topicRules,
  ...meetingRules,
  ...registrationRules,
  ...impulseRules,
  ...calendarFeedRules,
  ...networkingRules,
];

/**
 * Ops only the server commits, after checks of its own (a card taken over with its edit link,
 * NET-4). No op schema accepts them, so no socket or REST body can send one.
 */
export type ServerOp = BusinessCardClaimOp;

export const serverRules: readonly OpRule<ServerOp>[] = [...claimRules];

export const applyOp: ApplyOp<Op | ServerOp> = ruleBook<Op | ServerOp>([
  ...(themenwandRules as readonly OpRule<Op | ServerOp>[]),
  ...(serverRules as readonly OpRule<Op | ServerOp>[]),
]);
