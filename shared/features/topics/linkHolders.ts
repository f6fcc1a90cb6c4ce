import type { LinkScope } from "../../core/linkScope";
import type { RecordView } from "../../core/recordView";
import type { LinkHolderOps } from "../../core/ruleBook";
import type { Card } from "../../model";
import type { TopicOp } from "./ops";

/** A small group's link opens its column alone; a submission link every column. */
const opens = (scope: LinkScope, columnId: string | undefined) =>
  scope.kind === "submission" || columnId === scope.columnId;

const cardIsOpen = (view: RecordView, cardId: string, scope: LinkScope) =>
  opens(scope, view.get<Card>("card", cardId)?.columnId);

/**
 * LINK-4: a link holder posts cards, and edits and removes their own (the rules check whose), in the
 * column a small group's link opens or, with a submission link, in any column. Moving a card is
 * not theirs: it would take it out of sight or into another group's column.
 */
export const topicLinkHolderOps: LinkHolderOps<TopicOp> = {
  "card.add": (op, _view, scope) => opens(scope, op.columnId),
  "card.edit": (op, view, scope) => cardIsOpen(view, op.cardId, scope),
  "card.remove": (op, view, scope) => cardIsOpen(view, op.cardId, scope),
};
