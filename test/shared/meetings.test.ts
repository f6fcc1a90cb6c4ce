import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor, writesFor } from "../../shared/core/visibility";
import type { Meeting, Registration } from "../../shared/features/meetings";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

const carol: Actor = { role: "participant", authorId: "author-carol-01" };
const dave: Actor = { role: "participant", authorId: "author-dave-001" };

const run = (state: BoardState, op: Op, actor: Actor = moderator, now = 1_000): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, now);
function apply(state: BoardState, op: Op, actor: Actor = moderator, now = 1_000): BoardState {
  const outcome = run(state, op, actor, now);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}

const MEETING = "meet-0124";
const addMeeting = (extra: Record<string, unknown> = {}): Op =>
  ({
    type: "meeting.add",
    meetingId: MEETING,
    theme: "Wärmewende im Quartier",
    date: "2027-01-24",
    startTime: "18:00",
    endTime: "20:00",
    place: "Bürgerhaus Cottbus",
    onlineLink: "https://meet.example.org/stammtisch",
    ...extra,
  }) as Op;
const register = (registrationId: string, name = "Alice Beispiel"): Op => ({
  type: "registration.add",
  registrationId,
  meetingId: MEETING,
  name,
  email: `${registrationId}@example.org`,
});

const meetingIn = (state: BoardState) => state.meeting?.[MEETING] as Meeting;
const registrationsIn = (state: BoardState) => Object.values(state.registration ?? {}) as Registration[];

describe("meetings (MEET-1)", () => {
  it("MEET-1 a moderator adds a meeting with the defaults a Stammtisch needs; a participant may not", () => {
    const state = apply(sampleState(), addMeeting());
    expect(meetingIn(state)).toMatchObject({
      theme: "Wärmewende im Quartier",
      description: "",
      date: "2027-01-24",
      startTime: "18:00",
      endTime: "20:00",
      slots: 3,
      registration: "open",
      capacity: null,
      status: "planned",
      registered: 0,
      waiting: 0,
      sequence: 0,
      version: 1,
    });
    expect(run(sampleState(), addMeeting(), alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
  });

  it("MEET-1 refuses a day that does not exist, a meeting that ends before it starts, and too many slots", () => {
    for (const wrong of [{ date: "2027-02-30" }, { endTime: "17:30" }, { slots: 11 }, { startTime: "24:00" }]) {
      expect(OpSchema.safeParse(addMeeting(wrong)).success).toBe(false);
    }
  });

  it("MEET-1 an edit carries the version it was based on, and raises the calendar sequence", () => {
    const state = apply(sampleState(), addMeeting());
    const edit = { ...addMeeting({ theme: "Wärmewende konkret" }), type: "meeting.update", baseVersion: 1 } as Op;
    const edited = apply(state, edit);
    expect(meetingIn(edited)).toMatchObject({ theme: "Wärmewende konkret", version: 2, sequence: 1 });
    expect(run(edited, edit)).toMatchObject({ ok: false, problem: { code: "conflict" } });
    const cancelled = apply(edited, { type: "meeting.cancel", meetingId: MEETING });
    expect(meetingIn(cancelled)).toMatchObject({ status: "cancelled", registration: "closed", sequence: 2 });
    expect(run(cancelled, register("reg-alice-1"), alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
  });

  it("MEET-6 a topic card of the board can be the meeting's theme, but not a card that is gone", () => {
    const state = apply(sampleState(), addMeeting({ themeCardId: "card-0001" }));
    expect(meetingIn(state).themeCardId).toBe("card-0001");
    expect(run(sampleState(), addMeeting({ themeCardId: "card-gone1" }))).toMatchObject({
      ok: false,
      problem: { code: "not_found" },
    });
  });
});

describe("registrations (MEET-2..5)", () => {
  it("MEET-3 anyone registers with a name and an email, once per meeting, while registration is open", () => {
    let state = apply(sampleState(), addMeeting());
    state = apply(state, register("reg-alice-1"), alice);
    expect(registrationsIn(state)).toEqual([
      expect.objectContaining({
        authorId: alice.authorId,
        status: "registered",
        audience: "author",
        name: "Alice Beispiel",
      }),
    ]);
    expect(meetingIn(state)).toMatchObject({ registered: 1, waiting: 0, version: 1 });
    expect(run(state, register("reg-alice-2"), alice)).toMatchObject({
      ok: false,
      problem: { code: "already_exists" },
    });
    const soon = apply(state, {
      ...addMeeting({ registration: "soon" }),
      type: "meeting.update",
      baseVersion: 1,
    } as Op);
    expect(run(soon, register("reg-bob-01"), bob)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(OpSchema.safeParse(register("reg-bob-01", "")).success).toBe(false);
    expect(OpSchema.safeParse({ ...register("reg-bob-01"), email: "no-at-sign" }).success).toBe(false);
  });

  it("MEET-4 beyond the capacity people wait; a cancellation or more places move the first waiting up", () => {
    let state = apply(sampleState(), addMeeting({ capacity: 2 }));
    state = apply(state, register("reg-alice-1"), alice, 1);
    state = apply(state, register("reg-bob-001"), bob, 2);
    state = apply(state, register("reg-carol-1"), carol, 3);
    state = apply(state, register("reg-dave-01"), dave, 4);
    const status = (s: BoardState) =>
      Object.fromEntries(registrationsIn(s).map((r) => [r.id, [r.status, r.onlineLink]]));
    const link = "https://meet.example.org/stammtisch";
    expect(status(state)).toEqual({
      "reg-alice-1": ["registered", link],
      "reg-bob-001": ["registered", link],
      "reg-carol-1": ["waiting", null],
      "reg-dave-01": ["waiting", null],
    });
    expect(meetingIn(state)).toMatchObject({ registered: 2, waiting: 2 });

    state = apply(state, { type: "registration.cancel", registrationId: "reg-bob-001" }, bob);
    expect(status(state)).toEqual({
      "reg-alice-1": ["registered", link],
      "reg-carol-1": ["registered", link],
      "reg-dave-01": ["waiting", null],
    });
    const edit = (extra: Record<string, unknown>) =>
      ({
        ...addMeeting({ capacity: 2, ...extra }),
        type: "meeting.update",
        baseVersion: meetingIn(state).version,
      }) as Op;
    state = apply(state, edit({ capacity: 3 }));
    expect(meetingIn(state)).toMatchObject({ registered: 3, waiting: 0 });
    // A smaller capacity takes nobody's place; a new link reaches everyone with one.
    state = apply(state, edit({ capacity: 1, onlineLink: "https://meet.example.org/neu" }));
    expect(Object.values(status(state))).toEqual([
      ["registered", "https://meet.example.org/neu"],
      ["registered", "https://meet.example.org/neu"],
      ["registered", "https://meet.example.org/neu"],
    ]);
  });

  it("MEET-4 MEET-UI-6 each waiting registration knows its place on the list; it follows registrations, cancellations and the capacity", () => {
    let state = apply(sampleState(), addMeeting({ capacity: 1 }));
    const people = [
      ["reg-alice-1", alice],
      ["reg-bob-001", bob],
      ["reg-carol-1", carol],
      ["reg-dave-01", dave],
    ] as const;
    for (const [index, [id, actor]] of people.entries()) state = apply(state, register(id), actor, index + 1);
    const positions = (s: BoardState) => Object.fromEntries(registrationsIn(s).map((r) => [r.id, r.position]));
    expect(positions(state)).toEqual({ "reg-alice-1": null, "reg-bob-001": 1, "reg-carol-1": 2, "reg-dave-01": 3 });

    // Someone waiting ahead leaves: those behind move up, and only their registrations are written.
    const outcome = run(state, { type: "registration.cancel", registrationId: "reg-bob-001" }, bob);
    if (!outcome.ok) throw new Error("cancel refused");
    const written = outcome.writes.flatMap((write) =>
      "put" in write && write.put.type === "registration" ? [write.put.id] : [],
    );
    expect(written.sort()).toEqual(["reg-carol-1", "reg-dave-01"]);
    state = applyCommitted(state, outcome);
    expect(positions(state)).toEqual({ "reg-alice-1": null, "reg-carol-1": 1, "reg-dave-01": 2 });

    // The person with a place leaves: the first waiting gets it, the next is first.
    state = apply(state, { type: "registration.cancel", registrationId: "reg-alice-1" }, alice);
    expect(positions(state)).toEqual({ "reg-carol-1": null, "reg-dave-01": 1 });

    // More places: nobody waits; a smaller capacity again takes no place and changes no position.
    state = apply(state, register("reg-bob-002"), bob, 9);
    expect(positions(state)).toEqual({ "reg-carol-1": null, "reg-dave-01": 1, "reg-bob-002": 2 });
    const edit = (capacity: number) =>
      ({ ...addMeeting({ capacity }), type: "meeting.update", baseVersion: meetingIn(state).version }) as Op;
    state = apply(state, edit(2));
    expect(positions(state)).toEqual({ "reg-carol-1": null, "reg-dave-01": null, "reg-bob-002": 1 });
    state = apply(state, edit(1));
    expect(positions(state)).toEqual({ "reg-carol-1": null, "reg-dave-01": null, "reg-bob-002": 1 });
  });

  it("MEET-4 a registration stored before positions existed gets its place when places are next given out", () => {
    let state = apply(sampleState(), addMeeting({ capacity: 1 }));
    state = apply(state, register("reg-alice-1"), alice, 1);
    state = apply(state, register("reg-bob-001"), bob, 2);
    state = apply(state, register("reg-carol-1"), carol, 3);
    // As an older server stored them: no `position` field.
    for (const registration of registrationsIn(state)) delete (registration as Partial<Registration>).position;
    expect(registrationsIn(state).map((r) => r.position)).toEqual([undefined, undefined, undefined]);
    state = apply(state, { type: "registration.cancel", registrationId: "reg-carol-1" }, carol);
    expect(Object.fromEntries(registrationsIn(state).map((r) => [r.id, r.position]))).toEqual({
      "reg-alice-1": null,
      "reg-bob-001": 1,
    });
  });

  it("MEET-5 only the person or a moderator cancels; a cancelled registration and a removed meeting leave no contact data", () => {
    let state = apply(sampleState(), addMeeting());
    state = apply(state, register("reg-alice-1"), alice);
    state = apply(state, register("reg-bob-001"), bob);
    expect(run(state, { type: "registration.cancel", registrationId: "reg-alice-1" }, bob)).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    state = apply(state, { type: "registration.cancel", registrationId: "reg-alice-1" }, alice);
    expect(registrationsIn(state).map((r) => r.id)).toEqual(["reg-bob-001"]);
    state = apply(state, { type: "meeting.remove", meetingId: MEETING });
    expect(registrationsIn(state)).toEqual([]);
    expect(state.meeting?.[MEETING]).toBeUndefined();
  });

  it("MEET-2 the online link and the registrations reach moderators and the person registered, nobody else", () => {
    let state = apply(sampleState(), addMeeting());
    const outcome = run(state, register("reg-alice-1"), alice);
    if (!outcome.ok) throw new Error("registration refused");
    state = applyCommitted(state, outcome);
    const records = Object.values(state).flatMap((byId) => Object.values(byId ?? {}));
    const asSeenBy = (actor: Actor) => recordsFor(records, actor, redactRecord);
    const meetingFor = (actor: Actor) => asSeenBy(actor).find((r) => r.type === "meeting") as Meeting;
    expect(meetingFor(moderator).onlineLink).toBe("https://meet.example.org/stammtisch");
    expect(meetingFor(bob).onlineLink).toBeNull();
    expect(meetingFor(alice).onlineLink).toBeNull();
    expect(asSeenBy(alice).filter((r) => r.type === "registration")).toEqual([
      expect.objectContaining({ email: "reg-alice-1@example.org", onlineLink: "https://meet.example.org/stammtisch" }),
    ]);
    expect(asSeenBy(bob).filter((r) => r.type === "registration")).toEqual([]);
    // Bob's frame of Alice's registration: the public count, no name, no email, no link.
    const bobsFrame = JSON.stringify(writesFor(outcome.writes, bob, redactRecord));
    expect(bobsFrame).toContain('"registered":1');
    expect(bobsFrame).not.toMatch(/example\.org|Alice Beispiel/);
  });
});
