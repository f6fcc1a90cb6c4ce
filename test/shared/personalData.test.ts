import { describe, expect, it } from "vitest";
import { FEATURES } from "../../shared/features";

/**
 * DATA-2, LEGAL-3: generated from the list of features. Every record type says what it holds about
 * people and who writes it; erasing one's data (author.erase) and the privacy page are made of these,
 * so a type without one would be missing from both.
 */
const declared = FEATURES.flatMap((feature) =>
  feature.recordTypes.map((recordType) => ({ feature: feature.name, ...recordType })),
);

const HOW = "add `personal` to its record type (shared/core/personalData.ts: authoredBy(…) or NO_PERSONAL_DATA)";

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
