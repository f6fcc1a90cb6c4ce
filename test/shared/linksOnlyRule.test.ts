import { describe, expect, it } from "vitest";
import { applyOp } from "../../shared/applyOp";
import { applyCommitted, type BoardState, columnsOf } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { addCardOp, moderator, sampleState } from "../helpers/fixtures";

const HASH = "b".repeat(64);
const code = (state: BoardState, op: Op, actor: Actor) => {
  const outcome = applyOp(viewOf(state), OpSchema.parse(op), actor, 1_000);
  return outcome.ok ? "ok" : outcome.problem.code;
};
function apply(state: BoardState, op: Op): BoardState {
  const outcome = applyOp(viewOf(state), OpSchema.parse(op), moderator, 1_000);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return applyCommitted(state, outcome);
}

describe("LINK-7 a links-only board in the rule book", () => {
  const linked = apply(sampleState(), {
    type: "link.create",
    linkId: "link-0001",
    label: "Einreichen",
    kind: "submission",
    columnId: null,
    keyHash: HASH,
  });
  const columnId = Object.keys(columnsOf(linked))[0];
  const participant: Actor = { role: "participant", authorId: "author-plain-01" };
  const submitter: Actor = {
    role: "participant",
    authorId: "author-link-001",
    scope: { kind: "submission" },
    link: { id: "link-0001", keyHash: HASH },
  };

  it("LINK-7 a plain participant's op is refused from the switch on (in the board's order of ops); link holders and moderators write on; off again lets it in", () => {
    expect(code(linked, addCardOp("card-plain-001", columnId, "a0"), participant)).toBe("ok");
    const closed = apply(linked, { type: "moderation.linksOnly", on: true });
    expect(code(closed, addCardOp("card-plain-002", columnId, "a0"), participant)).toBe("forbidden");
    expect(code(closed, addCardOp("card-link-0001", columnId, "a0"), submitter)).toBe("ok");
    expect(code(closed, addCardOp("card-mod-00001", columnId, "a0"), moderator)).toBe("ok");
    const open = apply(closed, { type: "moderation.linksOnly", on: false });
    expect(code(open, addCardOp("card-plain-003", columnId, "a0"), participant)).toBe("ok");
  });
});
