import { type ApplyOp, type OpRule, ruleBook } from "../../shared/core/ruleBook";
import type { Op } from "../../shared/ops";

/**
 * The rules the browser predicts with. The client's list of features (client/features/index.ts)
 * adds the board's, the columns' and the cards' at start; a feature view adds its own when its chunk
 * loads (the meetings view), so that a page that
 * shows only the theme columns does not carry rules it never runs. Until then a pending op of that
 * feature is predicted as no change (the server's answer brings what it did). The server always has
 * every rule (shared/applyOp.ts).
 */
let rules: readonly OpRule<Op>[] = [];
let book = ruleBook(rules);
const listeners = new Set<() => void>();

export const predictOp: ApplyOp<Op> = (view, op, actor, now) => book(view, op, actor, now);

/** Adds a feature's rules (once) and tells every open board to predict its pending ops again. */
export function addRules(more: readonly OpRule<Op>[]): void {
  const known = new Set(rules.map((rule) => rule.type));
  const added = more.filter((rule) => !known.has(rule.type));
  if (added.length === 0) return;
  rules = [...rules, ...added];
  book = ruleBook(rules);
  for (const listener of listeners) listener();
}

export function onRulesAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
