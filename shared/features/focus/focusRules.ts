import { putWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { FocusOp as Op } from "./ops";
import { FOCUS_ID, FOCUS_KINDS, type Focus } from "./records";

export const focusOf = (view: RecordView): Focus | undefined => view.get<Focus>("focus", FOCUS_ID);

/** PROJ-1: only moderators set the focus, and only on a column, group or meeting the board has. */
export const focusRules: OpRule<Op>[] = [
  rule<Op, "focus.set">({
    type: "focus.set",
    moderatorOnly: true,
    apply(view, op) {
      const { target } = op;
      if (target && !view.get(FOCUS_KINDS[target.kind], target.id)) {
        return fail(problem("not_found", `This ${target.kind} is not on the board.`));
      }
      const current = focusOf(view);
      if (current && current.target?.kind === target?.kind && current.target?.id === target?.id) return done();
      const focus: Focus = {
        type: "focus",
        id: FOCUS_ID,
        version: (current?.version ?? 0) + 1,
        audience: "board",
        authorId: null,
        target,
      };
      return done(putWrite(focus));
    },
  }),
];
