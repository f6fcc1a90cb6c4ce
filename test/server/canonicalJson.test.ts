import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../server/store/idempotency";

describe("the canonical text receipts hash", () => {
  it("SYNC-13 sorts keys at every depth, drops undefined fields, and never changes its format (stored hashes depend on it)", () => {
    const value = { op: { z: 1, a: [{ y: "ä\n", b: null }, undefined] }, asked: undefined, id: "x" };
    expect(canonicalJson(value)).toBe('{"id":"x","op":{"a":[{"b":null,"y":"ä\\n"},null],"z":1}}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(canonicalJson("text")).toBe('"text"');
  });
});
