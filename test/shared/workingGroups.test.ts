import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor, writesFor } from "../../shared/core/visibility";
import { type GroupMembership, membersOf, type WorkingGroup } from "../../shared/features/groups";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { redactRecord } from "../../shared/recordTypes";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

const HASH = "ab".repeat(32);
const GROUP = "group-waerme-1";
const consent = { text: "Die Einladenden dürfen mich anschreiben.", given: true };

const run = (state: BoardState, op: Record<string, unknown>, actor: Actor, now = 1_000): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op) as Op, actor, now);

function apply(state: BoardState, op: Record<string, unknown>, actor: Actor, now = 1_000): BoardState {
  const outcome = run(state, op, actor, now);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}

const create = (extra: Record<string, unknown> = {}) => ({
  type: "group.create",
  groupId: GROUP,
  name: "AG Wärmewende",
  description: "Wärmeplanung",
  conveners: ["Jürgen Müßig"],
  topicCardIds: ["card-0001", "card-0001", "card-gone-01"],
  clusterId: "cluster-0001",
  convenerKeyHash: HASH,
  ...extra,
});
const join = (membershipId: string, extra: Record<string, unknown> = {}) => ({
  type: "group.join",
  groupId: GROUP,
  membershipId,
  name: "Ada",
  ...extra,
});

const withGroup = () => apply(sampleState(), create(), moderator);
const groupIn = (state: BoardState) => state.workingGroup?.[GROUP] as WorkingGroup;
const membersIn = (state: BoardState) => membersOf(viewOf(state), GROUP);

describe("working groups (AG-1)", () => {
  it("AG-1 AG-4 a moderator founds a group: its fields, the cards still on the board once each, the cluster it grew from", () => {
    const group = groupIn(apply(sampleState(), create(), moderator, 7_000));
    expect(group).toMatchObject({
      type: "workingGroup",
      audience: "board",
      authorId: null,
      version: 1,
      name: "AG Wärmewende",
      conveners: ["Jürgen Müßig"],
      topicCardIds: ["card-0001"],
      clusterId: "cluster-0001",
      convenerKeyHash: HASH,
      createdAt: 7_000,
    });
  });

  it("AG-1 participants may not found, edit or end a group", () => {
    const state = withGroup();
    expect(run(sampleState(), create(), alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    const update = { type: "group.update", groupId: GROUP, baseVersion: 1, name: "X" };
    expect(run(state, update, alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(run(state, { type: "group.remove", groupId: GROUP }, alice)).toMatchObject({ ok: false });
    expect(run(state, { type: "group.newConvenerLink", groupId: GROUP, convenerKeyHash: HASH }, bob)).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
  });

  it("AG-1 an edit based on an older version is a conflict whose copy holds no conveners' key", () => {
    const state = apply(
      withGroup(),
      { type: "group.update", groupId: GROUP, baseVersion: 1, name: "AG Wärme" },
      moderator,
    );
    expect(groupIn(state)).toMatchObject({ name: "AG Wärme", version: 2, convenerKeyHash: HASH });
    const stale = run(state, { type: "group.update", groupId: GROUP, baseVersion: 1, name: "Alt" }, moderator);
    expect(stale).toMatchObject({ ok: false, problem: { code: "conflict", current: { name: "AG Wärme" } } });
    expect(JSON.stringify(stale)).not.toContain(HASH);
  });

  it("AG-5 a new conveners' link replaces the hash and is not an edit (the version stays)", () => {
    const other = "cd".repeat(32);
    const state = apply(
      withGroup(),
      { type: "group.newConvenerLink", groupId: GROUP, convenerKeyHash: other },
      moderator,
    );
    expect(groupIn(state)).toMatchObject({ convenerKeyHash: other, version: 1 });
  });

  it("AG-1 AG-3 ending a group removes its memberships, their contacts forgotten in the op log", () => {
    const state = apply(withGroup(), join("member-ada-01", { contact: "ada@example.org", consent }), alice);
    const outcome = run(state, { type: "group.remove", groupId: GROUP }, moderator);
    expect(outcome.ok && outcome.writes).toEqual([
      { remove: { type: "groupMembership", id: "member-ada-01" }, was: expect.any(Object), forget: true },
      { remove: { type: "workingGroup", id: GROUP }, was: expect.any(Object) },
    ]);
  });
});

describe("memberships (AG-2, AG-3)", () => {
  it("AG-2 anyone joins once with a name; a second join of the same author is already_exists with their membership", () => {
    const state = apply(withGroup(), join("member-ada-01"), alice, 2_000);
    expect(membersIn(state)).toEqual([
      expect.objectContaining({
        id: "member-ada-01",
        authorId: alice.authorId,
        name: "Ada",
        contact: null,
        createdAt: 2_000,
      }),
    ]);
    expect(run(state, join("member-ada-02"), alice)).toMatchObject({
      ok: false,
      problem: { code: "already_exists", current: { id: "member-ada-01" } },
    });
    expect(membersIn(apply(state, join("member-bob-01", { name: "Bob" }), bob))).toHaveLength(2);
  });

  it("AG-2 a contact is kept with the consent and the server's time; a contact without consent is refused", () => {
    const state = apply(withGroup(), join("member-ada-01", { contact: "0355 123456", consent }), alice, 3_000);
    expect(membersIn(state)[0].contact).toEqual({ value: "0355 123456", consent: { text: consent.text, at: 3_000 } });
    expect(run(withGroup(), join("member-ada-01", { contact: "ada@example.org" }), alice)).toMatchObject({
      ok: false,
      problem: { code: "invalid_input" },
    });
  });

  it("AG-2 one's own business card may stand for one, someone else's not", () => {
    const card = {
      type: "businessCard.publish",
      cardId: "bcard-ada-001",
      name: "Ada",
      consent: { text: "Ja", given: true },
      editKeyHash: HASH,
    };
    const state = apply(withGroup(), card, alice);
    expect(membersIn(apply(state, join("member-ada-01", { businessCardId: "bcard-ada-001" }), alice))[0]).toMatchObject(
      {
        businessCardId: "bcard-ada-001",
      },
    );
    expect(run(state, join("member-bob-01", { businessCardId: "bcard-ada-001" }), bob)).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
  });

  it("AG-2 joining a group that is gone is not_found; leaving removes one's own membership and forgets it", () => {
    expect(run(sampleState(), join("member-ada-01"), alice)).toMatchObject({
      ok: false,
      problem: { code: "not_found" },
    });
    const state = apply(apply(withGroup(), join("member-ada-01"), alice), join("member-bob-01"), bob);
    const left = run(state, { type: "group.leave", groupId: GROUP }, alice);
    expect(left.ok && left.writes).toEqual([
      { remove: { type: "groupMembership", id: "member-ada-01" }, was: expect.any(Object), forget: true },
    ]);
    expect(run(state, { type: "group.leave", groupId: GROUP }, moderator)).toMatchObject({
      ok: false,
      problem: { code: "not_found" },
    });
  });

  it("AG-3 the contact reaches the member and the moderators, nobody else; the conveners' key nobody", () => {
    const state = apply(withGroup(), join("member-ada-01", { contact: "ada@example.org", consent }), alice);
    const records = Object.values(state.groupMembership ?? {}) as GroupMembership[];
    const contactOf = (viewer: Actor) =>
      (recordsFor(records, viewer, redactRecord)[0] as GroupMembership).contact?.value ?? null;
    expect(contactOf(alice)).toBe("ada@example.org");
    expect(contactOf(moderator)).toBe("ada@example.org");
    expect(contactOf(bob)).toBeNull();
    expect(contactOf({ role: "participant", authorId: null })).toBeNull();
    const groupWrites = writesFor([{ put: groupIn(state) }], moderator, redactRecord);
    expect(JSON.stringify(groupWrites)).not.toContain(HASH);
  });
});
