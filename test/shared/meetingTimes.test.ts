import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import type { Meeting } from "../../shared/features/meetings";
import { berlinNow, meetingHasBegun, meetingIsOver } from "../../shared/features/meetings/days";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { bob, moderator, sampleState } from "../helpers/fixtures";

const MEETING = "meet-0124";
// 2027-01-24 is winter time in Berlin: UTC+1. The meeting runs 18:00–20:00 Berlin, 17:00–19:00 UTC.
const BEFORE_START = Date.UTC(2027, 0, 24, 16, 59);
const AT_START = Date.UTC(2027, 0, 24, 17, 0);
const BEFORE_END = Date.UTC(2027, 0, 24, 18, 59);
const AT_END = Date.UTC(2027, 0, 24, 19, 0);

const run = (state: BoardState, op: Op, now: number, actor: Actor = moderator): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, now);
function apply(state: BoardState, op: Op, now = BEFORE_START, actor: Actor = moderator): BoardState {
  const outcome = run(state, op, now, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}
const codeOf = (state: BoardState, op: Op, now: number) => {
  const outcome = run(state, op, now);
  return outcome.ok ? "ok" : outcome.problem.code;
};

/** A meeting on 24 January 2027, 18:00–20:00, with Bob's talk on its agenda (all done weeks before). */
function scheduledTalk(): BoardState {
  const early = Date.UTC(2027, 0, 1);
  let state = apply(
    sampleState(),
    OpSchema.parse({
      type: "meeting.add",
      meetingId: MEETING,
      theme: "Wärmewende",
      date: "2027-01-24",
      startTime: "18:00",
      endTime: "20:00",
    }),
    early,
  );
  state = apply(
    state,
    OpSchema.parse({
      type: "impulse.offer",
      impulseId: "imp-bob-001",
      title: "Solardach",
      presenterName: "Bob",
      contactEmail: "bob@example.org",
    }),
    early,
    bob,
  );
  state = apply(state, { type: "impulse.accept", impulseId: "imp-bob-001", note: "" }, early);
  return apply(state, { type: "impulse.schedule", impulseId: "imp-bob-001", meetingId: MEETING, rank: "a0" }, early);
}

describe("what a meeting's time allows (MEET-11)", () => {
  it("MEET-11 Berlin wall time decides, whatever the server's zone: summer and winter offsets", () => {
    expect(berlinNow(AT_START)).toEqual({ date: "2027-01-24", time: "18:00" });
    expect(berlinNow(Date.UTC(2027, 6, 1, 22, 30))).toEqual({ date: "2027-07-02", time: "00:30" });
    const meeting = scheduledTalk().meeting?.[MEETING] as Meeting;
    expect([BEFORE_START, AT_START].map((now) => meetingHasBegun(meeting, now))).toEqual([false, true]);
    expect([BEFORE_END, AT_END].map((now) => meetingIsOver(meeting, now))).toEqual([false, true]);
  });

  it("MEET-11 a talk is marked held only once its meeting has begun; before, forbidden and nothing changes", () => {
    const state = scheduledTalk();
    const held: Op = { type: "impulse.held", impulseId: "imp-bob-001" };
    expect(codeOf(state, held, BEFORE_START)).toBe("forbidden");
    expect(codeOf(state, held, AT_START)).toBe("ok");
    expect(codeOf(state, held, Date.UTC(2027, 1, 1))).toBe("ok");
  });

  it("MEET-11 a meeting that is over cannot be cancelled (forbidden); while it runs it still can", () => {
    const state = scheduledTalk();
    const cancel: Op = { type: "meeting.cancel", meetingId: MEETING };
    expect(codeOf(state, cancel, BEFORE_END)).toBe("ok");
    expect(codeOf(state, cancel, AT_END)).toBe("forbidden");
    expect(codeOf(state, cancel, Date.UTC(2027, 5, 1))).toBe("forbidden");
  });
});
