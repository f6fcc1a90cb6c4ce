import { describe, expect, it } from "vitest";
import { measureReconnectStorm } from "../../bench/reconnectStorm";
import { runSoak } from "../../bench/soak";

/**
 * The reconnect storm and the soak of `npm run bench -- --storm / --soak`, small and short: they
 * prove correctness (everyone back with the server's board, nothing acknowledged lost, memory within
 * bounds), never speed. The real server process, real sync clients in a child process.
 */
describe("load smoke runs", () => {
  it("LOAD-1 a graceful restart under 50 clients: every client rejoins with its revision and shows the server's board; nothing acknowledged is lost", {
    timeout: 120_000,
  }, async () => {
    const result = await measureReconnectStorm({
      clients: 50,
      processes: 1,
      addresses: 5,
      writers: 5,
      writeRate: 10,
      resyncTimeoutMs: 60_000,
      log: () => undefined,
    });
    expect(result.connected).toBe(50);
    expect(result.exitCode).toBe(0);
    expect(result.neverWentOffline).toBe(0);
    expect(result.notBack).toBe(0);
    expect(result.failed).toBe(0);
    expect(result.allResyncedMs).toEqual(expect.any(Number));
    expect(result.census).toMatchObject({ members: 50, online: 50, pending: 0, matching: 50 });
    expect(result.census.minRevision).toBe(result.finalRevision);
    // Ops went on through the restart: the board moved on after it.
    expect(result.finalRevision).toBeGreaterThan(result.revisionAtStop);
    expect(result.writes.acknowledgedCards.length).toBeGreaterThan(0);
    expect(result.writes.lost).toBe(0);
    expect(result.writes.acknowledged + Object.values(result.writes.refused).reduce((a, b) => a + b, 0)).toBe(
      result.writes.submitted,
    );
  });

  it("LOAD-2 ten seconds of writes, joins and leaves: memory stays bounded, every client ends with the server's board", {
    timeout: 120_000,
  }, async () => {
    const result = await runSoak({
      durationMs: 10_000,
      clients: 40,
      processes: 1,
      addresses: 5,
      writers: 5,
      writeRate: 10,
      churnPerSec: 2,
      sampleMs: 2_000,
      log: () => undefined,
    });
    expect(result.joinsAndLeaves).toBeGreaterThanOrEqual(10);
    expect(result.samples.length).toBeGreaterThanOrEqual(3);
    for (const sample of result.samples) expect(sample.connections).toBeLessThanOrEqual(40 + 2);
    expect(result.writes.acknowledgedCards.length).toBeGreaterThan(0);
    expect(result.writes.lost).toBe(0);
    expect(result.consistent).toBe(true);
    expect(result.census).toMatchObject({ members: 40, online: 40, pending: 0, matching: 40 });
    // Not a leak detector at ten seconds: a bound that an unbounded buffer or cache would cross.
    expect(result.heapUsedMB.max).toBeLessThan(result.heapUsedMB.first + 100);
  });
});
