import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor, writesFor } from "../../shared/core/visibility";
import { agendaOf, type Impulse } from "../../shared/features/impulses";
import type { Meeting, Registration } from "../../shared/features/meetings";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor = moderator): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, 1_000);
function apply(state: BoardState, op: Op, actor: Actor = moderator): BoardState {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}
const codeOf = (state: BoardState, op: Op, actor: Actor = moderator) => {
  const outcome = run(state, op, actor);
  return outcome.ok ? "ok" : outcome.problem.code;
};

const MEETING = "meet-0124";
const LINK = "https://meet.example.org/geheim-7f3a";
const meetingIn = (state: BoardState) => state.meeting?.[MEETING] as Meeting;
const impulseIn = (state: BoardState, id: string) => state.impulse?.[id] as Impulse;
const registrationsIn = (state: BoardState) => Object.values(state.registration ?? {}) as Registration[];
const offer = (impulseId: string): Op =>
  OpSchema.parse({
    type: "impulse.offer",
    impulseId,
    title: `Solardach ${impulseId}`,
    presenterName: "Bob Beispiel",
    contactEmail: "bob@example.org",
  });

/** A meeting with a link, Alice seated, and Bob's talk on its agenda. */
function plannedMeeting(): BoardState {
  let state = apply(
    sampleState(),
    OpSchema.parse({
      type: "meeting.add",
      meetingId: MEETING,
      theme: "Wärmewende",
      date: "2027-01-24",
      startTime: "18:00",
      endTime: "20:00",
      onlineLink: LINK,
    }),
  );
  state = apply(
    state,
    { type: "registration.add", registrationId: "reg-alice-1", meetingId: MEETING, name: "Alice", email: "a@b.de" },
    alice,
  );
  state = apply(state, offer("imp-bob-001"), bob);
  state = apply(state, { type: "impulse.accept", impulseId: "imp-bob-001", note: "" });
  return apply(state, { type: "impulse.schedule", impulseId: "imp-bob-001", meetingId: MEETING, rank: "a0" });
}

describe("a cancelled meeting (MEET-9, IMP-5)", () => {
  it("MEET-9 cancelling takes the online link from everyone but the moderators, in the state and in the frame", () => {
    const before = plannedMeeting();
    expect(registrationsIn(before)[0].onlineLink).toBe(LINK);
    const outcome = run(before, { type: "meeting.cancel", meetingId: MEETING });
    if (!outcome.ok) throw new Error("cancel refused");
    const state = applyCommitted(before, outcome);
    expect(registrationsIn(state)).toEqual([expect.objectContaining({ onlineLink: null })]);
    expect(JSON.stringify(writesFor(outcome.writes, alice, redactRecord))).not.toContain("geheim");
    const records = Object.values(state).flatMap((byId) => Object.values(byId ?? {}));
    expect(JSON.stringify(recordsFor(records, alice, redactRecord))).not.toContain("geheim");
    expect(JSON.stringify(recordsFor(records, moderator, redactRecord))).toContain("geheim");
    // An edit of the cancelled meeting (a new link, more places) gives nobody the link back.
    const edited = apply(state, {
      type: "meeting.update",
      meetingId: MEETING,
      baseVersion: meetingIn(state).version,
      theme: "Wärmewende",
      description: "",
      date: "2027-01-24",
      startTime: "18:00",
      endTime: "20:00",
      place: "",
      onlineLink: "https://meet.example.org/neu",
      slots: 3,
      registration: "open",
      capacity: null,
      themeCardId: null,
    });
    expect(registrationsIn(edited)).toEqual([expect.objectContaining({ onlineLink: null })]);
    expect(
      codeOf(
        edited,
        { type: "registration.add", registrationId: "reg-bob-001", meetingId: MEETING, name: "Bob", email: "b@b.de" },
        bob,
      ),
    ).toBe("forbidden");
  });

  it("MEET-9 cancelling takes its talks off the agenda; their presenters read them as cancelled with the meeting", () => {
    const outcome = run(plannedMeeting(), { type: "meeting.cancel", meetingId: MEETING });
    if (!outcome.ok) throw new Error("cancel refused");
    const state = applyCommitted(plannedMeeting(), outcome);
    expect(agendaOf(viewOf(state), meetingIn(state))).toEqual([]);
    expect(impulseIn(state, "imp-bob-001")).toMatchObject({
      status: "cancelled",
      audience: "author",
      rank: null,
      meetingId: MEETING,
    });
    // Alice (no presenter) loses the talk from her board; Bob keeps reading his own offer.
    expect(writesFor(outcome.writes, alice, redactRecord)).toContainEqual(
      expect.objectContaining({ remove: { type: "impulse", id: "imp-bob-001" } }),
    );
    const records = Object.values(state).flatMap((byId) => Object.values(byId ?? {}));
    expect(recordsFor(records, bob, redactRecord).some((record) => record.id === "imp-bob-001")).toBe(true);
    expect(codeOf(state, { type: "impulse.held", impulseId: "imp-bob-001" })).toBe("conflict");
  });

  it("MEET-9 a meeting cancelled before this rule (its talk still scheduled) refuses held", () => {
    const old = plannedMeeting();
    // As stored by an older server: the meeting cancelled, the talk left on its agenda.
    const cancelled: Meeting = { ...meetingIn(old), status: "cancelled", registration: "closed" };
    const state: BoardState = { ...old, meeting: { [MEETING]: cancelled } };
    expect(codeOf(state, { type: "impulse.held", impulseId: "imp-bob-001" })).toBe("forbidden");
  });

  it("IMP-5 a declined offer is final: it cannot be accepted afterwards", () => {
    let state = apply(plannedMeeting(), offer("imp-bob-002"), bob);
    state = apply(state, { type: "impulse.decline", impulseId: "imp-bob-002", note: "Passt nicht" });
    expect(codeOf(state, { type: "impulse.accept", impulseId: "imp-bob-002", note: "" })).toBe("conflict");
    expect(impulseIn(state, "imp-bob-002").status).toBe("declined");
  });
});
