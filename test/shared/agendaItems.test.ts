import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { agendaOf, programmeOf } from "../../shared/features/impulses";
import type { Meeting } from "../../shared/features/meetings";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
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
const meetingIn = (state: BoardState) => state.meeting?.[MEETING] as Meeting;
const item = (itemId: string, kind: string, title: string, minutes: number, rank: string): Op =>
  OpSchema.parse({ type: "agendaItem.add", itemId, meetingId: MEETING, kind, title, minutes, rank });
const talk = (state: BoardState, impulseId: string, minutes: number, rank: string, by: Actor): BoardState => {
  let next = apply(
    state,
    OpSchema.parse({
      type: "impulse.offer",
      impulseId,
      title: `Talk ${impulseId}`,
      presenterName: "Pia",
      contactEmail: "pia@example.org",
      minutes,
    }),
    by,
  );
  next = apply(next, { type: "impulse.accept", impulseId, note: "" });
  return apply(next, { type: "impulse.schedule", impulseId, meetingId: MEETING, rank });
};
const times = (state: BoardState) =>
  programmeOf(viewOf(state), meetingIn(state)).map((entry) => [
    entry.kind === "talk" ? entry.impulse.title : entry.item.title,
    entry.start,
    entry.end,
  ]);

/** 18:30 start; a welcome, two talks, a break and a closing round. */
function evening(): BoardState {
  let state = apply(
    sampleState(),
    OpSchema.parse({
      type: "meeting.add",
      meetingId: MEETING,
      theme: "Wärmewende",
      date: "2027-01-24",
      startTime: "18:30",
      endTime: "21:00",
    }),
  );
  state = apply(state, item("item-welcome", "welcome", "Begrüßung", 10, "a0"));
  state = talk(state, "imp-talk-001", 20, "a1", alice);
  state = apply(state, item("item-break01", "break", "Pause", 15, "a2"));
  state = talk(state, "imp-talk-002", 25, "a3", bob);
  return apply(state, item("item-closing", "closing", "Abschlussrunde", 30, "a4"));
}

describe("agenda items (AGENDA-1, AGENDA-2)", () => {
  it("AGENDA-2 the programme runs in rank order, each entry starting when the one before ends", () => {
    const state = evening();
    expect(times(state)).toEqual([
      ["Begrüßung", "18:30", "18:40"],
      ["Talk imp-talk-001", "18:40", "19:00"],
      ["Pause", "19:00", "19:15"],
      ["Talk imp-talk-002", "19:15", "19:40"],
      ["Abschlussrunde", "19:40", "20:10"],
    ]);
    // The talks alone (IMP-3's agenda) start where the programme puts them, not at the meeting's start.
    expect(agendaOf(viewOf(state), meetingIn(state)).map((entry) => entry.start)).toEqual(["18:40", "19:15"]);
  });

  it("AGENDA-1 an item's minutes and title change, it moves among the talks, and it goes; the times follow", () => {
    let state = evening();
    const sequence = meetingIn(state).sequence;
    state = apply(state, {
      type: "agendaItem.update",
      itemId: "item-break01",
      baseVersion: 1,
      kind: "break",
      title: "Kaffeepause",
      minutes: 5,
    });
    expect(times(state)[2]).toEqual(["Kaffeepause", "19:00", "19:05"]);
    // Moved to the front, before the welcome.
    state = apply(state, { type: "agendaItem.move", itemId: "item-break01", rank: "Zz" });
    expect(times(state).map(([title]) => title)).toEqual([
      "Kaffeepause",
      "Begrüßung",
      "Talk imp-talk-001",
      "Talk imp-talk-002",
      "Abschlussrunde",
    ]);
    state = apply(state, { type: "agendaItem.remove", itemId: "item-welcome" });
    expect(times(state)).toEqual([
      ["Kaffeepause", "18:30", "18:35"],
      ["Talk imp-talk-001", "18:35", "18:55"],
      ["Talk imp-talk-002", "18:55", "19:20"],
      ["Abschlussrunde", "19:20", "19:50"],
    ]);
    // Every change to the agenda raised the calendar's sequence (IMP-3, EXP-4).
    expect(meetingIn(state).sequence).toBe(sequence + 3);
  });

  it("AGENDA-1 a talk scheduled at an item's rank is settled beside it, never on the same rank", () => {
    let state = evening();
    state = talk(state, "imp-talk-003", 10, "a2", alice);
    const ranks = programmeOf(viewOf(state), meetingIn(state)).map((entry) => entry.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it("AGENDA-1 only moderators change the agenda; a stale edit is a conflict; a cancelled meeting takes none", () => {
    const state = evening();
    expect(codeOf(state, item("item-alice-1", "other", "Meins", 5, "b0"), alice)).toBe("forbidden");
    expect(codeOf(state, { type: "agendaItem.remove", itemId: "item-welcome" }, alice)).toBe("forbidden");
    const stale: Op = {
      type: "agendaItem.update",
      itemId: "item-welcome",
      baseVersion: 0,
      kind: "welcome",
      title: "Hallo",
      minutes: 5,
    };
    expect(codeOf(state, stale)).toBe("conflict");
    expect(codeOf(state, item("item-welcome", "welcome", "Doppelt", 5, "b0"))).toBe("already_exists");
    expect(codeOf(state, { ...item("item-nowhere", "other", "X", 5, "b0"), meetingId: "meet-gone-01" } as Op)).toBe(
      "not_found",
    );
    const cancelled = apply(state, { type: "meeting.cancel", meetingId: MEETING });
    expect(codeOf(cancelled, item("item-late-01", "other", "Später", 5, "b0"))).toBe("forbidden");
    // MEET-9: nothing of a cancelled meeting's programme shows.
    expect(times(cancelled)).toEqual([]);
  });

  it("AGENDA-1 removing a meeting removes its agenda items", () => {
    const state = apply(evening(), { type: "meeting.remove", meetingId: MEETING });
    expect(Object.keys(state.agendaItem ?? {})).toEqual([]);
  });

  it("AGENDA-1 bad input is refused by the schema: no minutes, too many, an unknown kind, an empty title", () => {
    const add = { type: "agendaItem.add", itemId: "item-bad-001", meetingId: MEETING, rank: "a0" };
    for (const wrong of [
      { kind: "welcome", title: "Begrüßung", minutes: 0 },
      { kind: "welcome", title: "Begrüßung", minutes: 241 },
      { kind: "welcome", title: "Begrüßung", minutes: 2.5 },
      { kind: "party", title: "Feier", minutes: 10 },
      { kind: "break", title: "   ", minutes: 10 },
      { kind: "break", title: "Pause", minutes: 10, authorId: "x" },
    ]) {
      expect(OpSchema.safeParse({ ...add, ...wrong }).success).toBe(false);
    }
  });
});
