import { describe, expect, it } from "vitest";
import { focusFromValue, focusValue } from "../../client/features/projector/focusTargets";
import { columnsPerRow } from "../../client/features/projector/WholeBoard";

describe("the projector's whole board (PROJ-3) and focus picker (PROJ-1)", () => {
  it("PROJ-3 seven columns go in one row at 1920 px and in two balanced rows at 1280 px; no column is narrower than 240 px", () => {
    expect(columnsPerRow(7, 1920)).toBe(7);
    expect(columnsPerRow(7, 1280)).toBe(4);
    expect(columnsPerRow(3, 1280)).toBe(3);
    expect(columnsPerRow(12, 1920)).toBe(6);
    expect(columnsPerRow(9, 1920)).toBe(5);
    expect(columnsPerRow(4, 375)).toBe(1);
    for (const [count, width] of [
      [7, 1280],
      [7, 1920],
      [20, 1920],
      [50, 1280],
    ]) {
      expect(width / columnsPerRow(count, width), `${count} columns at ${width} px`).toBeGreaterThanOrEqual(240);
    }
  });

  it("PROJ-1 a focus is one value of the picker and back; the empty value is the whole board", () => {
    for (const target of [
      { kind: "column" as const, id: "column-0001" },
      { kind: "group" as const, id: "group_abc-123" },
      { kind: "meeting" as const, id: "meeting-9" },
    ]) {
      expect(focusFromValue(focusValue(target))).toEqual(target);
    }
    expect(focusValue(null)).toBe("");
    expect(focusFromValue("")).toBeNull();
  });
});
