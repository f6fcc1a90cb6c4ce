import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor, writesFor } from "../../shared/core/visibility";
import { agendaOf, type Impulse, openSlots } from "../../shared/features/impulses";
import type { Meeting } from "../../shared/features/meetings";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor = moderator, now = 1_000): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, now);
function apply(state: BoardState, op: Op, actor: Actor = moderator, now = 1_000): BoardState {
  const outcome = run(state, op, actor, now);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}
const refused = (state: BoardState, op: Op, actor: Actor = moderator) => {
  const outcome = run(state, op, actor);
  return outcome.ok ? "ok" : outcome.problem.code;
};

const MEETING = "meet-0124";
const withMeeting = (slots = 2) =>
  apply(
    sampleState(),
    OpSchema.parse({
      type: "meeting.add",
      meetingId: MEETING,
      theme: "Wärmewende",
      date: "2027-01-24",
      startTime: "18:00",
      endTime: "20:00",
      slots,
    }),
  );
const offer = (impulseId: string, minutes = 15, extra: Record<string, unknown> = {}): Op =>
  OpSchema.parse({
    type: "impulse.offer",
    impulseId,
    title: `Solardach ${impulseId}`,
    abstract: "Wie unser Verein 40 Dächer belegt hat",
    presenterName: "Alice Beispiel",
    organisation: "Energiegenossenschaft Lausitz",
    minutes,
    contactEmail: "alice@example.org",
    noteToModerators: "Gern im Januar",
    ...extra,
  });
const impulseIn = (state: BoardState, id: string) => state.impulse?.[id] as Impulse;
const meetingIn = (state: BoardState) => state.meeting?.[MEETING] as Meeting;
const schedule = (impulseId: string, rank: string): Op => ({
  type: "impulse.schedule",
  impulseId,
  meetingId: MEETING,
  rank,
});

describe("impulse offers (IMP-1..4)", () => {
  it("IMP-1 a participant offers an impulse; it is theirs and the moderators' until it is on an agenda", () => {
    const state = apply(withMeeting(), offer("imp-alice-1"), alice);
    expect(impulseIn(state, "imp-alice-1")).toMatchObject({
      status: "offered",
      audience: "author",
      authorId: alice.authorId,
      minutes: 15,
      preferredMeetingId: null,
    });
    const records = Object.values(state).flatMap((byId) => Object.values(byId ?? {}));
    expect(recordsFor(records, bob, redactRecord).some((r) => r.type === "impulse")).toBe(false);
    expect(recordsFor(records, alice, redactRecord).some((r) => r.type === "impulse")).toBe(true);
    expect(OpSchema.safeParse({ ...offer("imp-x-00001"), minutes: 90 }).success).toBe(false);
    expect(refused(withMeeting(), offer("imp-alice-2", 10, { preferredMeetingId: "meet-gone1" }), alice)).toBe(
      "not_found",
    );
  });

  it("IMP-2 offered → accepted or declined (with a note back) or withdrawn; decided offers are not the presenter's to edit", () => {
    let state = apply(withMeeting(), offer("imp-alice-1"), alice);
    state = apply(state, offer("imp-bob-001"), bob);
    expect(refused(state, { type: "impulse.accept", impulseId: "imp-alice-1", note: "" }, alice)).toBe("forbidden");
    state = apply(state, { type: "impulse.decline", impulseId: "imp-bob-001", note: "Passt besser zum Herbst" });
    expect(impulseIn(state, "imp-bob-001")).toMatchObject({
      status: "declined",
      responseNote: "Passt besser zum Herbst",
    });
    state = apply(state, { type: "impulse.accept", impulseId: "imp-alice-1", note: "" });
    expect(impulseIn(state, "imp-alice-1")).toMatchObject({ status: "accepted", audience: "author" });
    const edit = { ...offer("imp-alice-1"), type: "impulse.edit", baseVersion: 2 } as Op;
    expect(refused(state, edit, alice)).toBe("forbidden");
    expect(refused(state, { type: "impulse.withdraw", impulseId: "imp-alice-1" }, bob)).toBe("forbidden");
    state = apply(state, { type: "impulse.withdraw", impulseId: "imp-alice-1" }, alice);
    expect(impulseIn(state, "imp-alice-1").status).toBe("withdrawn");
    expect(refused(state, schedule("imp-alice-1", "a0"))).toBe("conflict");
  });

  it("IMP-3 accepted impulses go on a meeting's agenda in order, with computed start times, and the slots cannot be overbooked", () => {
    let state = withMeeting(2);
    for (const [id, minutes] of [
      ["imp-one-001", 15],
      ["imp-two-001", 20],
      ["imp-three-1", 10],
    ] as const) {
      state = apply(state, offer(id, minutes), alice);
      state = apply(state, { type: "impulse.accept", impulseId: id, note: "" });
    }
    expect(
      refused(state, { type: "impulse.schedule", impulseId: "imp-one-001", meetingId: MEETING, rank: "a0" }, alice),
    ).toBe("forbidden");
    state = apply(state, schedule("imp-two-001", "a5"));
    state = apply(state, schedule("imp-one-001", "a0"));
    expect(refused(state, schedule("imp-three-1", "a9"))).toBe("limit_reached");
    const agenda = agendaOf(viewOf(state), meetingIn(state));
    expect(agenda.map((item) => [item.impulse.id, item.start])).toEqual([
      ["imp-one-001", "18:00"],
      ["imp-two-001", "18:15"],
    ]);
    expect(openSlots(viewOf(state), meetingIn(state))).toBe(0);
    expect(impulseIn(state, "imp-one-001")).toMatchObject({ status: "scheduled", audience: "board" });
    // Reordering is scheduling again at another place; the calendar sequence rose with each change.
    state = apply(state, schedule("imp-one-001", "a9"));
    expect(agendaOf(viewOf(state), meetingIn(state)).map((item) => [item.impulse.id, item.start])).toEqual([
      ["imp-two-001", "18:00"],
      ["imp-one-001", "18:20"],
    ]);
    expect(meetingIn(state).sequence).toBe(3);
    // Cancelled: off the agenda, a slot is free again; held stays on it.
    state = apply(state, { type: "impulse.cancel", impulseId: "imp-two-001", note: "Krank" }, alice);
    expect(impulseIn(state, "imp-two-001")).toMatchObject({ status: "cancelled", audience: "author", rank: null });
    state = apply(state, schedule("imp-three-1", "b0"));
    // Held once the meeting has begun (MEET-11): 18:00 in Berlin is 17:00 UTC in January.
    state = apply(state, { type: "impulse.held", impulseId: "imp-one-001" }, moderator, Date.UTC(2027, 0, 24, 17));
    expect(
      agendaOf(viewOf(state), meetingIn(state)).map((item) => [item.impulse.id, item.impulse.status, item.start]),
    ).toEqual([
      ["imp-one-001", "held", "18:00"],
      ["imp-three-1", "scheduled", "18:15"],
    ]);
  });

  it("IMP-4 on the agenda everyone reads the talk, never the contact email or the notes; the presenter always sees where it stands", () => {
    let state = apply(withMeeting(), offer("imp-alice-1"), alice);
    state = apply(state, { type: "impulse.accept", impulseId: "imp-alice-1", note: "Danke!" });
    const outcome = run(state, schedule("imp-alice-1", "a0"));
    if (!outcome.ok) throw new Error("schedule refused");
    state = applyCommitted(state, outcome);
    const bobsFrame = JSON.stringify(writesFor(outcome.writes, bob, redactRecord));
    expect(bobsFrame).toContain("Solardach imp-alice-1");
    expect(bobsFrame).not.toMatch(/alice@example\.org|Gern im Januar|Danke!/);
    const alicesFrame = JSON.stringify(writesFor(outcome.writes, alice, redactRecord));
    expect(alicesFrame).toMatch(/alice@example\.org/);
    expect(alicesFrame).toContain('"status":"scheduled"');
    // Cancelled, it leaves the others' boards again.
    const cancel = run(state, { type: "impulse.cancel", impulseId: "imp-alice-1", note: "" });
    if (!cancel.ok) throw new Error("cancel refused");
    expect(writesFor(cancel.writes, bob, redactRecord)).toContainEqual(
      expect.objectContaining({ remove: { type: "impulse", id: "imp-alice-1" } }),
    );
  });

  it("EXP-4 MEET-7 whatever raises a meeting's calendar SEQUENCE moves its DTSTAMP and LAST-MODIFIED (updatedAt) with it", () => {
    let now = 1_000;
    const at = (state: BoardState, op: Op, actor: Actor = moderator) => {
      now += 1_000;
      const outcome = run(state, op, actor, now);
      if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}`);
      return applyCommitted(state, outcome);
    };
    let state = at(withMeeting(2), offer("imp-one-001"), alice);
    state = at(state, { type: "impulse.accept", impulseId: "imp-one-001", note: "" });
    const ops: Op[] = [
      schedule("imp-one-001", "a0"),
      OpSchema.parse({ ...offer("imp-one-001"), type: "impulse.edit", baseVersion: 3, title: "Neuer Titel" }),
      { type: "impulse.cancel", impulseId: "imp-one-001", note: "" },
      { type: "meeting.document", meetingId: MEETING, text: "Protokoll", link: null },
    ];
    for (const op of ops) {
      const before = meetingIn(state);
      state = at(state, op);
      expect(meetingIn(state).sequence, op.type).toBe(before.sequence + 1);
      expect(meetingIn(state).updatedAt, op.type).toBe(now);
    }
  });
});
