import { describe, expect, it } from "vitest";
import {
  DEFAULT_MODERATION,
  isLockedColumn,
  type ModerationSettings,
  matchesWordList,
} from "../../shared/features/moderation";

const settings = (change: Partial<ModerationSettings>): ModerationSettings => ({ ...DEFAULT_MODERATION, ...change });

describe("moderation rules, pure (MOD-2, MOD-4)", () => {
  it("MOD-2 the word list matches whole words, ignoring case and accents; an entry of several words matches them in a row", () => {
    const list = ["Müll", "böse Sache", "Straße"];
    expect(matchesWordList("Hier liegt MULL.", list)).toBe(true);
    expect(matchesWordList("müll!", list)).toBe(true);
    expect(matchesWordList("Die Müllabfuhr", list)).toBe(false);
    expect(matchesWordList("eine BOSE   sache", list)).toBe(true);
    expect(matchesWordList("böse, aber keine Sache", list)).toBe(false);
    expect(matchesWordList("Hauptstrasse? Nein: STRASSE", list)).toBe(true);
    expect(matchesWordList("Hauptstraße", list)).toBe(false);
    expect(matchesWordList("Müll", [])).toBe(false);
  });

  it("MOD-4 a lock holds from its lockAt (server time) on, or at once; a board lock covers every column", () => {
    const column = settings({ columnLocks: [{ columnId: "col-a", lockAt: 1_000 }] });
    expect(isLockedColumn(column, "col-a", 999)).toBe(false);
    expect(isLockedColumn(column, "col-a", 1_000)).toBe(true);
    expect(isLockedColumn(column, "col-b", 5_000)).toBe(false);
    const board = settings({ boardLock: { lockAt: null } });
    expect(isLockedColumn(board, "col-b", 0)).toBe(true);
    expect(isLockedColumn(DEFAULT_MODERATION, "col-a", 5_000)).toBe(false);
  });
});
