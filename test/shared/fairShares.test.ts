import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor } from "../../shared/core/visibility";
import type { Impulse } from "../../shared/features/impulses";
import { DEFAULT_FAIR_SHARES, LIMITS } from "../../shared/limits";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, meetingAddOp, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, 1_000);
function apply(state: BoardState, op: Op, actor: Actor): BoardState {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}
const codeOf = (state: BoardState, op: Op, actor: Actor) => {
  const outcome = run(state, op, actor);
  return outcome.ok ? "ok" : outcome.problem.code;
};
const offer = (impulseId: string): Op => ({
  type: "impulse.offer",
  impulseId,
  title: `Impuls ${impulseId}`,
  abstract: "",
  presenterName: "Alice",
  organisation: "",
  minutes: 10,
  preferredMeetingId: null,
  contactEmail: "alice@example.org",
  noteToModerators: "",
});

describe("fair shares (FAIR-1..4)", () => {
  it("FAIR-1 one author holds at most a few open offers; decided ones do not count", () => {
    const cap = DEFAULT_FAIR_SHARES.openImpulsesPerAuthor;
    let state = sampleState();
    for (let i = 0; i < cap; i++) state = apply(state, offer(`imp-alice-${i}`), alice);
    expect(codeOf(state, offer("imp-alice-x"), alice)).toBe("limit_reached");
    expect(codeOf(state, offer("imp-bob-0001"), bob)).toBe("ok");
    state = apply(state, { type: "impulse.decline", impulseId: "imp-alice-0", note: "" }, moderator);
    expect(codeOf(state, offer("imp-alice-x"), alice)).toBe("ok");
    // The server's configured share wins over the default.
    expect(
      codeOf(state, offer("imp-alice-x"), { ...alice, shares: { ...DEFAULT_FAIR_SHARES, openImpulsesPerAuthor: 2 } }),
    ).toBe("limit_reached");
  });

  it("FAIR-2 the board's cap on offers counts only live ones: declined and withdrawn offers free their place", () => {
    let state = sampleState();
    const dead: Impulse[] = [];
    for (let i = 0; i < LIMITS.impulsesPerBoard; i++) {
      dead.push({
        type: "impulse",
        id: `imp-dead-${i}`,
        version: 2,
        audience: "author",
        authorId: `author-x-${i}`,
        title: "x",
        abstract: "",
        presenterName: "x",
        organisation: "",
        minutes: 10,
        preferredMeetingId: null,
        contactEmail: "x@example.org",
        noteToModerators: "",
        status: i % 2 ? "declined" : "withdrawn",
        responseNote: "",
        meetingId: null,
        rank: null,
        createdAt: 1,
        updatedAt: 1,
      });
    }
    state = { ...state, impulse: Object.fromEntries(dead.map((impulse) => [impulse.id, impulse])) };
    expect(codeOf(state, offer("imp-alice-1"), alice)).toBe("ok");
  });

  it("FAIR-3 a moderator deletes an offer, its contact data with it; nobody else may", () => {
    const state = apply(sampleState(), offer("imp-alice-1"), alice);
    const remove: Op = { type: "impulse.remove", impulseId: "imp-alice-1" } as Op;
    expect(codeOf(state, remove, alice)).toBe("forbidden");
    const outcome = run(state, remove, moderator);
    expect(outcome).toMatchObject({
      ok: true,
      writes: [{ remove: { type: "impulse", id: "imp-alice-1" }, forget: true }],
    });
    expect(codeOf(state, { type: "impulse.remove", impulseId: "imp-nobody-1" } as Op, moderator)).toBe("not_found");
  });

  it("FAIR-4 registrations per meeting from one address are capped; the address bucket reaches nobody", () => {
    let state = apply(sampleState(), meetingAddOp(), moderator);
    const shares = { ...DEFAULT_FAIR_SHARES, registrationsPerMeetingPerAddress: 2 };
    const from = (authorId: string, bucket: string): Actor => ({
      role: "participant",
      authorId,
      addressBucket: bucket,
      shares,
    });
    const register = (registrationId: string): Op => ({
      type: "registration.add",
      registrationId,
      meetingId: "meet-0124",
      name: "Jemand",
      email: "jemand@example.org",
    });
    state = apply(state, register("reg-one-0001"), from("author-one-0001", "bucket-a"));
    state = apply(state, register("reg-two-0001"), from("author-two-0001", "bucket-a"));
    expect(codeOf(state, register("reg-three-001"), from("author-three-01", "bucket-a"))).toBe("limit_reached");
    expect(codeOf(state, register("reg-three-001"), from("author-three-01", "bucket-b"))).toBe("ok");
    // Without a bucket (the browser's prediction) nothing is counted.
    expect(codeOf(state, register("reg-three-001"), { role: "participant", authorId: "author-three-01" })).toBe("ok");
    const records = Object.values(state).flatMap((byId) => Object.values(byId ?? {}));
    for (const viewer of [moderator, { role: "participant" as const, authorId: "author-one-0001" }]) {
      expect(JSON.stringify(recordsFor(records, viewer, redactRecord))).not.toContain("bucket-a");
    }
  });
});
