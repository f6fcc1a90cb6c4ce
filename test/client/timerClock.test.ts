import { describe, expect, it } from "vitest";
import { clockText } from "../../client/features/timer/clockText";
import { clockOffset, sampleServerClock } from "../../client/features/timer/serverClock";
import { announcementOf, phaseOf } from "../../client/features/timer/timerPhase";
import type { Timer } from "../../shared/features/timer";

const MINUTE = 60_000;

const timer = (change: Partial<Timer>): Timer => ({
  type: "timer",
  id: "timer",
  version: 1,
  audience: "board",
  authorId: null,
  status: "running",
  endsAt: 1_000_000 + 5 * MINUTE,
  remainingMs: null,
  totalMs: 5 * MINUTE,
  startedAt: 1_000_000,
  ...change,
});

describe("the page's estimate of the server's clock (TIMER-2)", () => {
  it("TIMER-2 a page whose clock is seven minutes behind learns the offset from the middle of the round trip", () => {
    // The page says 10:00:00.000 when the server says 10:07:00.020; the answer took 40 ms there and back.
    const serverAhead = 7 * MINUTE;
    expect(clockOffset([{ sentAt: 1_000, serverNow: 1_020 + serverAhead, receivedAt: 1_040 }])).toBe(serverAhead);
  });

  it("TIMER-2 the sample with the shortest round trip decides; a slow one and one with a clock that jumped back do not", () => {
    const samples = [
      { sentAt: 0, serverNow: 5_000, receivedAt: 4_000 },
      { sentAt: 5_000, serverNow: -3 * MINUTE + 5_010, receivedAt: 5_020 },
      { sentAt: 9_000, serverNow: 1, receivedAt: 8_000 },
    ];
    expect(clockOffset(samples)).toBe(-3 * MINUTE);
    expect(clockOffset([])).toBeNull();
  });

  it("TIMER-2 samples are taken one after another with the page's clock around each answer", async () => {
    let pageClock = 100;
    const now = () => pageClock;
    let serverClock = 10 * MINUTE;
    const readServerTime = async () => {
      pageClock += 15;
      serverClock += 15;
      const read = serverClock;
      pageClock += 15;
      serverClock += 15;
      return read;
    };
    const samples = await sampleServerClock(readServerTime, now, 3);
    expect(samples).toHaveLength(3);
    expect(clockOffset(samples)).toBe(10 * MINUTE - 100);
  });

  it("TIMER-2 pages whose clocks are off by minutes, each measuring against the server, show the same time left", async () => {
    const moment = 1_000_000 + 2 * MINUTE;
    let serverTime = moment - 1_000;
    const readServerTime = async () => {
      serverTime += 10;
      const read = serverTime;
      serverTime += 10;
      return read;
    };
    const left: number[] = [];
    for (const pageBehind of [0, 4 * MINUTE, -9 * MINUTE]) {
      const pageNow = () => serverTime - pageBehind;
      const offset = clockOffset(await sampleServerClock(readServerTime, pageNow)) ?? 0;
      // Later, at the same moment of the server's clock, each page works out the time left.
      serverTime = moment;
      left.push(phaseOf(timer({}), pageNow() + offset).remainingMs);
      serverTime = moment - 1_000;
    }
    expect(left).toEqual([3 * MINUTE, 3 * MINUTE, 3 * MINUTE]);
  });
});

describe("what the timer shows and says (TIMER-1, TIMER-3)", () => {
  it("TIMER-1 the clock reads minutes and seconds, rounded up, hours when it has them", () => {
    expect(clockText(5 * MINUTE)).toBe("5:00");
    expect(clockText(4 * MINUTE + 59_001)).toBe("5:00");
    expect(clockText(61_000)).toBe("1:01");
    expect(clockText(999)).toBe("0:01");
    expect(clockText(0)).toBe("0:00");
    expect(clockText(-5)).toBe("0:00");
    expect(clockText(3600_000 + 2 * MINUTE + 3_000)).toBe("1:02:03");
  });

  it("TIMER-1 a paused timer keeps what was left; a running one past its end has ended", () => {
    expect(phaseOf(timer({ status: "paused", endsAt: null, remainingMs: 90_000 }), 9e12)).toMatchObject({
      status: "paused",
      remainingMs: 90_000,
    });
    expect(phaseOf(timer({}), 1_000_000 + 6 * MINUTE)).toMatchObject({ status: "ended", remainingMs: 0 });
  });

  it("TIMER-3 announces a start, a pause, a resume, an extension and the end, never the seconds ticking", () => {
    const at = (serverNow: number, change: Partial<Timer> = {}) => phaseOf(timer(change), serverNow);
    const start = 1_000_000;
    expect(announcementOf(null, at(start + 1_000), start + 1_000)).toBe("started");
    expect(announcementOf(null, at(start + MINUTE), start + MINUTE)).toBeNull();
    expect(announcementOf(at(start + 1_000), at(start + 2_000), start + 2_000)).toBeNull();
    const paused = at(start + MINUTE, { status: "paused", endsAt: null, remainingMs: 4 * MINUTE });
    expect(announcementOf(at(start + MINUTE), paused, start + MINUTE)).toBe("paused");
    expect(announcementOf(paused, at(start + 2 * MINUTE, { endsAt: start + 6 * MINUTE }), start + 2 * MINUTE)).toBe(
      "resumed",
    );
    expect(announcementOf(at(start + MINUTE), at(start + MINUTE, { totalMs: 6 * MINUTE }), start + MINUTE)).toBe(
      "extended",
    );
    expect(announcementOf(at(start + 4 * MINUTE), at(start + 5 * MINUTE), start + 5 * MINUTE)).toBe("ended");
    expect(
      announcementOf(
        at(start + 4 * MINUTE),
        at(start + 9 * MINUTE, { startedAt: start + 9 * MINUTE - 500, endsAt: start + 14 * MINUTE }),
        start + 9 * MINUTE,
      ),
    ).toBe("started");
  });
});
