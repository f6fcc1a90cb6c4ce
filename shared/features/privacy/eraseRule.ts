import { recordsOfAuthor } from "../../core/authorTags";
import { removeEach } from "../../core/personalData";
import type { RecordWrite } from "../../core/records";
import type { DeclaredRecordType } from "../../core/recordType";
import { RecordDraft } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { PrivacyOp as Op } from "./ops";

/**
 * DATA-2: `author.erase` removes every record the sender authored, type by type as each record type
 * declares (`personal.erase`: a place given to the next person waiting, a tally without the dots),
 * each step reading what the earlier ones did, all in one change. Every remove of one of the
 * sender's records is a `forget` (NET-6), so none of their content stays in the op log. Records of a
 * type that declares nothing are simply removed; a type declared as the moderators' is skipped.
 * Records others wrote only change as the declarations say (counts, places).
 */
export function authorEraseRule(recordTypes: readonly DeclaredRecordType[]): OpRule<Op> {
  return rule<Op, "author.erase">({
    type: "author.erase",
    apply(view, _op, actor, now) {
      const { authorId } = actor;
      if (!authorId) return fail(problem("forbidden", "Erasing one's data needs this browser's author id."));
      const staged = RecordDraft.over(view);
      const writes: RecordWrite[] = [];
      for (const recordType of recordTypes) {
        // Anything moderators wrote stays, whatever author id it may carry.
        if (recordType.personal?.writtenBy === "moderators") continue;
        const own = recordsOfAuthor(staged, recordType.type, authorId);
        if (own.length === 0) continue;
        const erase = recordType.personal?.erase ?? removeEach;
        const ownIds = new Set(own.map((record) => record.id));
        const step = erase(staged, own, now).map((write) =>
          "remove" in write && write.remove.type === recordType.type && ownIds.has(write.remove.id)
            ? { ...write, forget: true as const }
            : write,
        );
        staged.apply(step);
        writes.push(...step);
      }
      return done(...writes);
    },
  });
}
