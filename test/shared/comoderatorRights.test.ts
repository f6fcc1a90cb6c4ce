import { describe, expect, it } from "vitest";
import { applyOp } from "../../shared/applyOp";
import { applyCommitted, type BoardState, columnsOf } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { addCardOp, moderator, sampleState } from "../helpers/fixtures";

const HASH = "a".repeat(64);
const code = (state: BoardState, op: Op, actor: Actor) => {
  const outcome = applyOp(viewOf(state), OpSchema.parse(op), actor, 1_000);
  return outcome.ok ? "ok" : outcome.problem.code;
};
function apply(state: BoardState, op: Op, actor: Actor = moderator): BoardState {
  const outcome = applyOp(viewOf(state), OpSchema.parse(op), actor, 1_000);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return applyCommitted(state, outcome);
}

describe("co-moderator rights, decided by the rules", () => {
  const invited = apply(sampleState(), {
    type: "moderatorInvite.create",
    inviteId: "invite-0001",
    label: "Ada",
    keyHash: HASH,
  });
  const coModerator: Actor = { role: "moderator", authorId: null, moderatorInviteId: "invite-0001" };
  const columnId = Object.keys(columnsOf(invited))[0];
  const rename: Op = { type: "column.rename", columnId, title: "Neu", baseVersion: 1 };

  it("COMOD-3 an op of a co-moderator link is refused once the link is revoked, in the board's order of ops", () => {
    expect(code(invited, rename, coModerator)).toBe("ok");
    const revoked = apply(invited, { type: "moderatorInvite.revoke", inviteId: "invite-0001" });
    expect(code(revoked, rename, coModerator)).toBe("forbidden");
    // A card, which any participant may post, too: a revoked link does nothing at all.
    expect(code(revoked, addCardOp("card-co-0001", columnId, "a0"), coModerator)).toBe("forbidden");
    expect(code(revoked, rename, moderator)).toBe("ok");
  });

  it("COMOD-4 only the board's own key makes and revokes links; a revocation forgets the link's hash", () => {
    const another: Op = { type: "moderatorInvite.create", inviteId: "invite-0002", label: "Bea", keyHash: HASH };
    expect(code(invited, another, coModerator)).toBe("forbidden");
    expect(code(invited, another, { role: "participant", authorId: null })).toBe("forbidden");
    expect(code(invited, { type: "moderatorInvite.revoke", inviteId: "invite-0001" }, coModerator)).toBe("forbidden");
    const outcome = applyOp(viewOf(invited), { type: "moderatorInvite.revoke", inviteId: "invite-0001" }, moderator, 1);
    expect(outcome).toMatchObject({ ok: true, writes: [{ remove: { type: "moderatorInvite" }, forget: true }] });
  });
});
