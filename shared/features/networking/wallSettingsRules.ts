import { putWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { NetworkingOp as Op } from "./ops";
import { WALL_SETTINGS_ID, type WallSettings } from "./records";

/**
 * NET-7: the moderators' lists for the wall (fields of work; suggestions for regions and topics). One
 * record per board, made by its first edit, which is based on version 0.
 */
export const wallSettingsRules: OpRule<Op>[] = [
  rule<Op, "wallSettings.update">({
    type: "wallSettings.update",
    moderatorOnly: true,
    apply(view, op) {
      const current = view.get<WallSettings>("wallSettings", WALL_SETTINGS_ID);
      const version = current?.version ?? 0;
      if (op.baseVersion !== version) {
        return fail(problem("conflict", "The wall's lists were changed meanwhile.", current ? { current } : undefined));
      }
      const next: WallSettings = {
        type: "wallSettings",
        id: WALL_SETTINGS_ID,
        version: version + 1,
        audience: "board",
        authorId: null,
        fieldsOfWork: op.fieldsOfWork,
        regions: op.regions,
        topics: op.topics,
      };
      return done(putWrite(next));
    },
  }),
];
