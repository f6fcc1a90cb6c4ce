import { describe, expect, it } from "vitest";
import { lockKey, nextLockAt, plansLock, WHOLE_BOARD } from "../../client/features/moderation/lockTimes";
import { DEFAULT_MODERATION, type ModerationSettings } from "../../shared/features/moderation";

const settings = (change: Partial<ModerationSettings>): ModerationSettings => ({ ...DEFAULT_MODERATION, ...change });

describe("what a participant's page takes as locked, and when that changes (MOD-7)", () => {
  it("MOD-7 MOD-4 locks at once and from their time on; the whole board's lock covers every column", () => {
    const columns = settings({
      columnLocks: [
        { columnId: "col-b", lockAt: null },
        { columnId: "col-a", lockAt: 2_000 },
      ],
    });
    expect(lockKey(DEFAULT_MODERATION, 1_000)).toBe("");
    expect(lockKey(columns, 1_999)).toBe("col-b");
    expect(lockKey(columns, 2_000)).toBe("col-a\ncol-b");
    expect(lockKey(settings({ ...columns, boardLock: { lockAt: 3_000 } }), 3_000)).toBe(WHOLE_BOARD);
    expect(lockKey(settings({ boardLock: { lockAt: null } }), 0)).toBe(WHOLE_BOARD);
  });

  it("MOD-7 the next planned lock after now, and whether the page needs the server's clock at all", () => {
    const planned = settings({
      boardLock: { lockAt: 9_000 },
      columnLocks: [
        { columnId: "col-a", lockAt: 5_000 },
        { columnId: "col-b", lockAt: null },
      ],
    });
    expect(nextLockAt(planned, 1_000)).toBe(5_000);
    expect(nextLockAt(planned, 5_000)).toBe(9_000);
    expect(nextLockAt(planned, 9_000)).toBeNull();
    expect(plansLock(planned)).toBe(true);
    expect(plansLock(settings({ columnLocks: [{ columnId: "col-b", lockAt: null }] }))).toBe(false);
    expect(nextLockAt(DEFAULT_MODERATION, 0)).toBeNull();
  });
});
