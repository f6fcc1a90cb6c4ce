import { putWrite, type RecordWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { Card } from "../../model";
import { withCardAudience, without } from "./cardModeration";
import type { ModerationOp as Op } from "./ops";
import { MODERATION_WORDS_ID, type ModerationSettings, type ModerationWords } from "./records";
import { moderationOf } from "./settings";

/** The settings record with `change` applied, version bumped. */
function settingsWrite(view: RecordView, change: Partial<ModerationSettings>): RecordWrite {
  const current = moderationOf(view);
  return putWrite({ ...current, ...change, version: current.version + 1 });
}

const columnMissing = (view: RecordView, columnId: string | null) => columnId !== null && !view.get("column", columnId);

/**
 * MOD-3: the reveal of a column (or of the board: every card) in one op. The cards hidden there
 * reach everyone (VIS-3: `putWrite` with the access they had), except those still waiting or rejected.
 */
function revealWrites(view: RecordView, columnId: string | null): RecordWrite[] {
  const cards = columnId === null ? view.list<Card>("card") : view.where<Card>("card", "columnId", columnId);
  return cards
    .filter((card) => card.hiddenUntilReveal)
    .map((card) => putWrite(withCardAudience(without(card, "hiddenUntilReveal")), card));
}

/** MOD-1..5, LINK-7: the board's moderation settings, moderators only, each op one setting. */
export const settingsRules: OpRule<Op>[] = [
  rule<Op, "moderation.approval">({
    type: "moderation.approval",
    moderatorOnly: true,
    apply: (view, op) =>
      moderationOf(view).approval === op.on ? done() : done(settingsWrite(view, { approval: op.on })),
  }),
  rule<Op, "moderation.words">({
    type: "moderation.words",
    moderatorOnly: true,
    apply(view, op) {
      const current = view.get<ModerationWords>("moderationWords", MODERATION_WORDS_ID);
      const words = [...new Set(op.words)];
      const next: ModerationWords = {
        type: "moderationWords",
        id: MODERATION_WORDS_ID,
        version: (current?.version ?? 0) + 1,
        audience: "moderators",
        authorId: null,
        words,
      };
      return done(putWrite(next));
    },
  }),
  rule<Op, "moderation.hide">({
    type: "moderation.hide",
    moderatorOnly: true,
    apply(view, op) {
      if (columnMissing(view, op.columnId)) return fail(problem("not_found", "This column no longer exists."));
      const settings = moderationOf(view);
      if (op.hidden) {
        if (op.columnId === null) return done(settingsWrite(view, { hiddenBoard: true }));
        const hiddenColumns = [...new Set([...settings.hiddenColumns, op.columnId])];
        return done(settingsWrite(view, { hiddenColumns }));
      }
      // Revealing the board ends every hiding; a column's reveal ends that column's.
      const change =
        op.columnId === null
          ? { hiddenBoard: false, hiddenColumns: [] }
          : { hiddenColumns: settings.hiddenColumns.filter((id) => id !== op.columnId) };
      return done(settingsWrite(view, change), ...revealWrites(view, op.columnId));
    },
  }),
  rule<Op, "moderation.lock">({
    type: "moderation.lock",
    moderatorOnly: true,
    apply(view, op) {
      if (columnMissing(view, op.columnId)) return fail(problem("not_found", "This column no longer exists."));
      const lock = op.locked ? { lockAt: op.lockAt } : null;
      if (op.columnId === null) return done(settingsWrite(view, { boardLock: lock }));
      const others = moderationOf(view).columnLocks.filter((each) => each.columnId !== op.columnId);
      const columnLocks = lock ? [...others, { columnId: op.columnId, ...lock }] : others;
      return done(settingsWrite(view, { columnLocks }));
    },
  }),
  rule<Op, "moderation.linksOnly">({
    type: "moderation.linksOnly",
    moderatorOnly: true,
    apply: (view, op) =>
      (moderationOf(view).linksOnly === true) === op.on ? done() : done(settingsWrite(view, { linksOnly: op.on })),
  }),
  rule<Op, "moderation.names">({
    type: "moderation.names",
    moderatorOnly: true,
    apply(view, op) {
      const namesHidden = !op.shown;
      if (moderationOf(view).namesHidden === namesHidden) return done();
      // MOD-5: every card carries the flag its redaction reads, rewritten here in the same change.
      const cards = view
        .list<Card>("card")
        .filter((card) => (card.nameHidden === true) !== namesHidden)
        .map((card) => putWrite(namesHidden ? { ...card, nameHidden: true as const } : without(card, "nameHidden")));
      return done(settingsWrite(view, { namesHidden }), ...cards);
    },
  }),
];
