import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import { EDIT_TARGETS, FEATURES, featureRules, OP_PROTOCOL_VERSIONS, RECORD_TYPES } from "../../shared/features";
import { OpSchema } from "../../shared/ops";

const opTypes = OpSchema.options.map((option) => option.shape.type.value).sort();

describe("the list of features", () => {
  it("FEAT-1 every op of every feature has exactly one rule", () => {
    expect(featureRules.map((rule) => rule.type).sort()).toEqual(opTypes);
  });

  it("FEAT-1 every op whose schema carries a baseVersion names the record it edits, and no other op does", () => {
    const versioned = OpSchema.options.filter((option) => "baseVersion" in option.shape);
    expect(Object.keys(EDIT_TARGETS).sort()).toEqual(versioned.map((option) => option.shape.type.value).sort());
  });

  it("FEAT-1 PROTO-1 every op says which protocol version introduced it, none newer than today's", () => {
    expect(Object.keys(OP_PROTOCOL_VERSIONS).sort()).toEqual(opTypes);
    for (const entry of Object.values(OP_PROTOCOL_VERSIONS)) {
      // A function names the version by the op's fields (board.update's views): asked of a bare op here.
      const version = typeof entry === "function" ? entry({} as never) : entry;
      expect(version).toBeGreaterThanOrEqual(1);
      expect(version).toBeLessThanOrEqual(PROTOCOL_VERSION);
    }
  });

  it("FEAT-1 each record type is declared once, with its audiences", () => {
    const types = RECORD_TYPES.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of RECORD_TYPES) expect(definition.audiences.length).toBeGreaterThan(0);
    expect(FEATURES.map((feature) => feature.name)).toEqual([...new Set(FEATURES.map((feature) => feature.name))]);
  });

  it("FEAT-4 the client's sync engine names no op type: what it knows of ops comes from the list of features", () => {
    const folder = join(import.meta.dirname, "../../client/sync");
    for (const file of readdirSync(folder)) {
      const text = readFileSync(join(folder, file), "utf8");
      for (const type of opTypes) expect(text.includes(`"${type}"`), `${file} names ${type}`).toBe(false);
    }
  });
});
