import { describe, expect, it } from "vitest";
import { runBench } from "../../bench/bench";
import { formatReport } from "../../bench/report";

/**
 * The benchmark measures and reports; it is not a test. This only proves `npm run bench` still runs
 * end to end and produces well-formed figures: tiny N, one short step, no speed thresholds.
 */
describe("npm run bench (smoke run)", () => {
  it("runs both servers, persistence, the snapshot route, the hostile neighbour, the read flood, the wall's seeding and suggested clusters (SUG-5) and reports figures", async () => {
    const results = await runBench({
      kinds: ["baseline", "themenwand"],
      ns: [4],
      ladder: [40],
      stepMs: 800,
      minOps: 1,
      drainMs: 2_000,
      senders: 2,
      maxP99Ms: 5_000,
      maxOtherCpuPct: 1_000,
      attempts: 1,
      pin: false,
      profile: false,
      persistence: { durationMs: 300, writers: 4, existingCards: 20 },
      coldLoad: { cards: 40, requests: 2, browser: false },
      hostile: {
        cards: 40,
        sockets: 4,
        durationMs: 500,
        quietMs: 300,
        joinsPerSec: 4,
        opsPerSec: 40,
        honestOpsPerSec: 10,
      },
      reads: {
        cards: 40,
        bodyWords: 5,
        authors: 3,
        loops: 2,
        durationMs: 500,
        quietMs: 300,
        honestOpsPerSec: 10,
      },
      wall: { cards: 40, updates: 5, intervalMs: 10, opens: 1, browser: false },
      suggestions: { cards: 60, runs: 1 },
      bundle: false,
      build: false,
      clientDir: "dist",
      outDir: null,
      command: "smoke test",
      log: () => undefined,
    });

    expect(results.fanout.map((series) => series.kind)).toEqual(["baseline", "themenwand"]);
    expect(results.reads?.authorReads.answered).toBe(3);
    expect(results.reads?.floodReads.answered).toBeGreaterThan(0);
    for (const series of results.fanout) {
      const [step] = series.steps;
      expect(step.opsPerSec).toBe(10);
      expect(step.deliveredPerSec).toBeGreaterThan(0);
      expect(step.measure.incompleteOps).toBe(0);
      expect(step.p99Ms).toEqual(expect.any(Number));
      expect(step.serverCpuPct).toEqual(expect.any(Number));
      expect(series.kbPerConnection).toEqual(expect.any(Number));
    }
    expect(results.fanout[1].steps[0].measure.opsAcked).toBe(results.fanout[1].steps[0].measure.opsSent);
    expect(results.persistence?.opsPerSec).toBeGreaterThan(0);
    expect(results.persistence?.raw.map((raw) => raw.batch)).toEqual([1, 10, 100]);
    expect(results.coldLoad?.cards).toBe(40);
    expect(results.coldLoad?.snapshot.wireBytes).toBeGreaterThan(0);
    expect(results.hostile?.underAttack.acks).toBeGreaterThan(0);
    expect(results.hostile?.attack.joinsSent).toBeGreaterThan(0);
    expect(results.wall).toEqual({ cards: 40, skipped: "skipped: --no-browser" });
    expect(results.suggestions?.boards).toHaveLength(2);
    for (const board of results.suggestions?.boards ?? []) {
      expect(board.medianMs).toEqual(expect.any(Number));
      expect(board.suggestions).toBeGreaterThan(0);
    }
    expect(results.targets.length).toBeGreaterThan(5);
    expect(formatReport(results, true)).toContain("| themenwand | 4 |");
  }, 120_000);
});
