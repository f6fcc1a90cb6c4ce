import type { BenchChild } from "./child";
import { askAll, share, startCrowds, startServerUnderLoad } from "./serverUnderLoad";
import { round } from "./stats";
import { type CrowdCensus, isSettled, refusalsText, type StormTally, sumCensuses, type WriteTally } from "./syncCrowd";

/**
 * LOAD-1, the reconnect storm: `clients` real sync clients on one board while some of them write;
 * the server gets SIGTERM (its graceful stop, OPS-2) and is started again on the same port. Every
 * client reconnects with the browser's backoff, rejoins with its `since` and catches up; writers
 * re-send what was not acknowledged. Measured: from the signal until the last client is online again,
 * and until every client holds the whole board with nothing pending.
 */
export interface StormOptions {
  clients: number;
  /** Processes the clients run in, and simulated client addresses per process (X-Forwarded-For). */
  processes: number;
  addresses: number;
  writers: number;
  /** Ops per second by the writers, before and through the restart. */
  writeRate: number;
  /** How long to wait, once the new process listens, for everyone to resync before counting the rest as failed. */
  resyncTimeoutMs: number;
  log: (line: string) => void;
}

export interface StormResult {
  clients: number;
  connected: number;
  /** SIGTERM until the process exited, and the new process's start until it listened. */
  stopMs: number;
  startMs: number;
  exitCode: number | null;
  /** From SIGTERM until the last client was online again (rejoined and caught up). */
  allBackMs: number | null;
  /** From SIGTERM until every client showed the server's board with an empty outbox. */
  allResyncedMs: number | null;
  /** The same from when the new process listened: the clients' part (backoff, rejoin, catch-up). */
  resyncedAfterListeningMs: number | null;
  /** Clients not online with the server's exact cards at the end. */
  failed: number;
  notBack: number;
  neverWentOffline: number;
  revisionAtStop: number;
  finalRevision: number;
  writes: WriteTally & { lost: number };
  census: CrowdCensus;
}

export async function measureReconnectStorm(options: StormOptions): Promise<StormResult> {
  const { log } = options;
  const target = await startServerUnderLoad();
  let crowds: BenchChild[] = [];
  try {
    crowds = await startCrowds(target, {
      size: options.clients,
      processes: options.processes,
      addresses: options.addresses,
    });
    log(`storm: connecting ${options.clients} clients in ${options.processes} processes`);
    const joined = await Promise.all(
      crowds.map((crowd, index) =>
        crowd.request<number>(
          { type: "join", count: share(options.clients, options.processes, index), timeoutMs: 120_000 },
          180_000,
        ),
      ),
    );
    const connected = joined.reduce((a, b) => a + b, 0);
    log(`storm: ${connected} online; writing ${options.writeRate} ops/s for 2 s, then SIGTERM`);
    // Writers live in the first crowd, so their outboxes hold what the restart interrupts.
    const writer = crowds[0];
    await writer.request({
      type: "write",
      rate: options.writeRate,
      writers: options.writers,
      columnIds: target.columnIds,
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    await askAll(crowds, { type: "mark-storm" });
    const signalled = performance.now();
    let revisionAtStop = 0;
    // The writers go on for one more second after the signal (their ops in flight or queued while the
    // server is away), then stop, so that the end is a fixed board.
    const writing = new Promise((resolve) => setTimeout(resolve, 1_000)).then(() =>
      writer.request({ type: "write", rate: 0 }),
    );
    const restart = await target.restart(() => {
      revisionAtStop = target.storedRevision();
    });
    await writing;
    log(
      `storm: stopped in ${round(restart.stoppedMs)} ms (exit ${restart.exitCode}) at revision ${revisionAtStop}, listening again after ${round(restart.startedMs)} ms`,
    );
    const deadline = restart.listeningAt + options.resyncTimeoutMs;
    let allResyncedMs: number | null = null;
    let resyncedAfterListeningMs: number | null = null;
    let census: CrowdCensus;
    let final = await target.snapshot();
    for (;;) {
      final = await target.snapshot();
      census = sumCensuses(await askAll<CrowdCensus>(crowds, { type: "census", cardIds: final.cardIds }));
      if (isSettled(census, final.revision)) {
        allResyncedMs = performance.now() - signalled;
        resyncedAfterListeningMs = performance.now() - restart.listeningAt;
        break;
      }
      if (performance.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const storms = await askAll<StormTally>(crowds, { type: "storm" });
    const lastBack = storms.map((storm) => storm.lastBackMs);
    const writes = await writer.request<WriteTally>({ type: "writes" });
    const stored = new Set(final.cardIds);
    const result: StormResult = {
      clients: options.clients,
      connected,
      stopMs: round(restart.stoppedMs),
      startMs: round(restart.startedMs),
      exitCode: restart.exitCode,
      allBackMs: lastBack.every((ms) => ms !== null) ? round(Math.max(...(lastBack as number[]))) : null,
      allResyncedMs: allResyncedMs === null ? null : round(allResyncedMs),
      resyncedAfterListeningMs: resyncedAfterListeningMs === null ? null : round(resyncedAfterListeningMs),
      failed: census.members - census.matching,
      notBack: storms.reduce((a, s) => a + s.notBack, 0),
      neverWentOffline: storms.reduce((a, s) => a + s.neverWentOffline, 0),
      revisionAtStop,
      finalRevision: final.revision,
      writes: { ...writes, lost: writes.acknowledgedCards.filter((id) => !stored.has(id)).length },
      census,
    };
    log(
      `storm: all back after ${result.allBackMs} ms, all resynced after ${result.allResyncedMs} ms, ${result.failed} failed`,
    );
    return result;
  } finally {
    await Promise.all(crowds.map((crowd) => crowd.stop()));
    await target.stop();
  }
}

export function formatStorm(result: StormResult): string {
  const w = result.writes;
  return [
    "| clients | connected | SIGTERM → exit | start → listening | SIGTERM → all online | SIGTERM → all resynced | listening → all resynced | failed | ops acked / sent (refused) | lost |",
    "|---|---|---|---|---|---|---|---|---|---|",
    `| ${result.clients} | ${result.connected} | ${result.stopMs} ms | ${result.startMs} ms | ${result.allBackMs ?? "—"} ms | ${result.allResyncedMs ?? "not within the timeout"} ms | ${result.resyncedAfterListeningMs ?? "—"} ms | ${result.failed} | ${w.acknowledged} / ${w.submitted} (${refusalsText(w.refused)}) | ${w.lost} |`,
  ].join("\n");
}
