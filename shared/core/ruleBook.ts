import { type Problem, problem } from "../errors";
import type { Actor } from "../model";
import type { LinkScope } from "./linkScope";
import type { RecordWrite } from "./records";
import type { RecordView } from "./recordView";

/** What an op does: record writes, or a typed problem and nothing at all. */
export type OpOutcome = { ok: true; writes: RecordWrite[] } | { ok: false; problem: Problem };

export const fail = (reason: Problem): OpOutcome => ({ ok: false, problem: reason });
export const done = (...writes: RecordWrite[]): OpOutcome => ({ ok: true, writes });

/** The rule of one op type: pure, run by the server to commit and by the browser to predict. */
export interface OpRule<O extends { type: string }> {
  type: O["type"];
  /** Refused for anyone but a moderator before the rule runs. */
  moderatorOnly?: boolean;
  apply(view: RecordView, op: O, actor: Actor, now: number): OpOutcome;
}

export type ApplyOp<O extends { type: string }> = (view: RecordView, op: O, actor: Actor, now: number) => OpOutcome;

/**
 * Which ops a special link's holder may send, and on what (LINK-4): a check per op type, declared by
 * the feature next to its ops. An op type left out is refused for every link holder.
 */
export type LinkHolderOps<O extends { type: string }> = {
  [T in O["type"]]?: (op: Extract<O, { type: T }>, view: RecordView, scope: LinkScope) => boolean;
};

/**
 * Dispatch by op type through a registry: a feature adds its rules to the list, nothing else changes.
 * The op was parsed by its schema before it gets here, so every op type has a rule. A link holder's
 * op (an actor with a scope) is refused before its rule runs unless `linkHolders` allows it.
 */
export function ruleBook<O extends { type: string }>(
  rules: readonly OpRule<O>[],
  linkHolders: Readonly<Record<string, (op: never, view: RecordView, scope: LinkScope) => boolean>> = {},
): ApplyOp<O> {
  const byType = new Map<string, OpRule<O>>();
  for (const rule of rules) {
    if (byType.has(rule.type)) throw new Error(`two rules for op type ${rule.type}`);
    byType.set(rule.type, rule);
  }
  return (view, op, actor, now) => {
    const rule = byType.get(op.type);
    if (!rule) return fail(problem("invalid_input", `Unknown op type ${op.type}.`));
    if (rule.moderatorOnly && actor.role !== "moderator") {
      return fail(problem("forbidden", `Only a moderator may ${op.type.replace(".", " ")}.`));
    }
    if (actor.scope && !linkHolders[op.type]?.(op as never, view, actor.scope)) {
      return fail(problem("forbidden", "This link does not allow this change."));
    }
    return rule.apply(view, op, actor, now);
  };
}

/** Declares one rule with its op type narrowed from the union. */
export function rule<O extends { type: string }, T extends O["type"]>(
  definition: OpRule<Extract<O, { type: T }>> & { type: T },
): OpRule<O> {
  return definition as unknown as OpRule<O>;
}
