import { describe, expect, it } from "vitest";
import { stateFromSnapshot } from "../../shared/boardState";
import type { BaseRecord } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { FEATURES } from "../../shared/features";
import { authorEraseRule } from "../../shared/features/privacy/eraseRule";
import { alice, sampleState } from "../helpers/fixtures";

/**
 * DATA-2, LEGAL-3: generated from the list of features. Every record type says what it holds about
 * people and who writes it; erasing one's data (author.erase) and the privacy page are made of these,
 * so a type without one would be missing from both.
 */
const declared = FEATURES.flatMap((feature) =>
  feature.recordTypes.map((recordType) => ({ feature: feature.name, ...recordType })),
);

const HOW =
  "add `personal` to its record type (shared/core/personalData.ts: authoredBy(…), byModerators(…) or NO_PERSONAL_DATA)";

describe("what every record type holds about people (DATA-2, LEGAL-3)", () => {
  it("DATA-2 LEGAL-3 every record type of every feature declares its personal data", () => {
    expect(declared.length).toBeGreaterThan(10);
    const missing = declared.filter((recordType) => !recordType.personal).map((t) => `${t.feature}: ${t.type}`);
    expect(missing, HOW).toEqual([]);
  });

  it("DATA-2 a type read by its author (audience author or authorOnly) is a participant's own and says what it holds and why", () => {
    for (const recordType of declared) {
      if (!recordType.audiences.some((audience) => audience === "author" || audience === "authorOnly")) continue;
      expect(recordType.personal?.writtenBy, `${recordType.type}: ${HOW}`).toBe("participants");
    }
  });

  it("LEGAL-3 a type that holds something about people names why; one that holds nothing names no purpose", () => {
    for (const { type, personal } of declared) {
      if (!personal) continue;
      if (personal.holds.length > 0) expect(personal.purpose, type).not.toBeNull();
      else expect(personal.purpose, type).toBeNull();
      if (personal.writtenBy === "participants") expect(personal.holds.length, type).toBeGreaterThan(0);
    }
  });
});

describe("the erase rule over the declarations (DATA-2)", () => {
  const view = (records: BaseRecord[]) => viewOf(stateFromSnapshot({ records }));

  it("DATA-2 a type declared as the moderators' stays even with the sender's author id; an undeclared type's records go, forgotten", () => {
    const group = { type: "workingGroup", id: "group-00001", version: 1, audience: "board", authorId: alice.authorId };
    const unknown = { type: "someNewType", id: "new-000001", version: 1, audience: "board", authorId: alice.authorId };
    const rule = authorEraseRule([...declared, { type: "someNewType", audiences: ["board"] }]);
    const cards = Object.values(sampleState().card ?? {});
    const outcome = rule.apply(view([...cards, group, unknown] as BaseRecord[]), { type: "author.erase" }, alice, 5);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const removed = outcome.writes.flatMap((write) =>
      "remove" in write ? [`${write.remove.type}:${write.remove.id}:${write.forget}`] : [],
    );
    expect(removed.sort()).toEqual(["card:card-0001:true", "card:card-0002:true", "someNewType:new-000001:true"]);
  });

  it("DATA-2 without an author id nothing goes: forbidden", () => {
    const outcome = authorEraseRule(declared).apply(
      view([]),
      { type: "author.erase" },
      { role: "participant", authorId: null },
      1,
    );
    expect(outcome).toMatchObject({ ok: false, problem: { code: "forbidden" } });
  });
});
