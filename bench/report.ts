import type { BenchResults } from "./bench";
import type { ReadFloodResult } from "./readFlood";
import { ratio } from "./targets";

/** Tables of one run: plain text for the terminal, Markdown for docs/PERFORMANCE.md. */
export type Row = (string | number | null)[];

export function table(header: string[], rows: Row[], markdown: boolean): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null ? "–" : String(cell))));
  if (markdown) {
    const line = (row: string[]) => `| ${row.join(" | ")} |`;
    return [line(header), line(header.map(() => "---")), ...cells.map(line)].join("\n");
  }
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padStart(widths[column])).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}

const kb = (bytes: number) => `${Math.round(bytes / 102.4) / 10} KB`;

/** A report section's heading, as Markdown or as plain text. */
export const headingFor = (markdown: boolean) => (title: string) => (markdown ? `### ${title}` : `== ${title}`);

/** The cells every fan-out table starts with: who, how many, the step's rate, what arrived, latency. */
export function fanoutStepCells(
  series: { kind: string; n: number },
  step: {
    opsPerSec: number;
    offeredDeliveriesPerSec: number;
    deliveredPerSec: number;
    framesPerSec: number;
    p50Ms: number | null;
    p99Ms: number | null;
  },
): Row {
  return [
    series.kind,
    series.n,
    step.opsPerSec,
    step.offeredDeliveriesPerSec,
    step.deliveredPerSec,
    step.framesPerSec,
    step.p50Ms,
    step.p99Ms,
  ];
}

export function formatReport(results: BenchResults, markdown: boolean): string {
  const parts: string[] = [];
  const heading = headingFor(markdown);
  if (results.fanout.length) {
    parts.push(
      heading("Fan-out: one board, N participants (p50/p99: op sent → received by the last other participant)"),
    );
    const rows: Row[] = results.fanout.flatMap((series) =>
      series.steps.map((step) => [
        ...fanoutStepCells(series, step),
        step.serverCpuPct,
        step.serverRssMB,
        step.loadCpuPct,
        step.contended ? `${step.otherCpuPct} (!)` : step.otherCpuPct,
        step.keptUp ? "yes" : "no",
      ]),
    );
    const header = ["server", "N", "ops/s", "offered/s", "delivered/s", "frames/s", "p50 ms", "p99 ms"];
    parts.push(table([...header, "srv CPU %", "srv RSS MB", "load CPU %", "other CPU %", "kept up"], rows, markdown));
    parts.push(heading("Per N: sustained deliveries/s (highest step that kept up), memory per connection"));
    const summary: Row[] = results.fanout.map((series) => [
      series.kind,
      series.n,
      series.sustainedDeliveriesPerSec,
      series.peakDeliveriesPerSec,
      series.kbPerConnection,
      series.heapKbPerConnection,
      series.kind === "themenwand" ? ratio(results, series.n) : null,
    ]);
    const summaryHeader = ["server", "N", "sustained/s", "peak/s", "KB/conn (RSS)", "KB/conn (heap)", "ratio b/a"];
    parts.push(table(summaryHeader, summary, markdown));
  }
  if (results.persistence) {
    const p = results.persistence;
    parts.push(
      heading(`Persistence without fan-out (${p.writers} writers, ${p.existingCards} cards on the board, ${p.opMix})`),
    );
    const rows: Row[] = [
      [
        "Themenwand ops (group commit)",
        p.opsPerSec,
        p.meanOpsPerCommit,
        `${p.ackP50Ms} / ${p.ackP99Ms}`,
        p.cpuMicrosPerOp,
      ],
      ...p.raw.map((raw): Row => [`raw better-sqlite3 inserts`, raw.rowsPerSec, raw.batch, null, null]),
    ];
    parts.push(table(["path", "per second", "per commit", "ack p50/p99 ms", "CPU µs/op"], rows, markdown));
    parts.push(
      `ratio to raw inserts at 100 per commit: ${p.ratioToRawBatch100}; other processes used ${p.otherCpuPct}% of a core meanwhile`,
    );
  }
  if (results.coldLoad) {
    const { snapshot, socketJoin, browser, cards } = results.coldLoad;
    parts.push(heading(`Cold load of a board with ${cards} cards`));
    const rows: Row[] = [
      ["snapshot route, server time (median / first)", `${snapshot.serverMedianMs} / ${snapshot.serverColdMs} ms`],
      ["snapshot on the wire", `${kb(snapshot.wireBytes)} ${snapshot.encoding} (${kb(snapshot.jsonBytes)} JSON)`],
      ["other processes meanwhile (% of a core)", snapshot.otherCpuPct],
      [
        "socket join with snapshot (median, server CPU, bytes)",
        `${socketJoin.medianMs} ms, ${socketJoin.serverCpuMsPerJoin} ms, ${kb(socketJoin.payloadBytes)} uncompressed`,
      ],
    ];
    const { reconnect } = results.coldLoad;
    if ("queued" in reconnect) {
      rows.push([
        `${reconnect.queued} queued ops after a reconnect: delivered / worst frame`,
        `${reconnect.deliveredMs} ms / ${reconnect.reconnect.maxFrameMs} ms (${reconnect.reconnect.framesOver100Ms} > 100 ms)`,
      ]);
      rows.push(["worst frame while taking them up offline", `${reconnect.pickUp.maxFrameMs} ms`]);
    }
    if ("runs" in browser) {
      rows.push(["Chromium LCP (median of 3)", `${browser.lcpMedianMs} ms`]);
      rows.push(["Chromium top card shown", browser.runs.map((run) => `${run.firstCardMs ?? "never"} ms`).join(", ")]);
      rows.push(["worst frame while scrolling", `${browser.maxFrameMs} ms`]);
      const scrolled = browser.runs.map((run) => run.scroll.scrolledPx).join(", ");
      rows.push(["frames > 100 ms / scrolled px", `${browser.runs[0].scroll.framesOver100Ms} / ${scrolled}`]);
    } else {
      rows.push(["Chromium", browser.skipped]);
    }
    parts.push(table(["measure", "value"], rows, markdown));
  }
  if (results.hostile) {
    const h = results.hostile;
    parts.push(
      heading(
        `Hostile neighbour: ${h.sockets} sockets from one address flood a ${h.cards}-card board for ${h.durationMs / 1000} s; ` +
          "an honest participant on another board sends 20 ops/s",
      ),
    );
    const latency = (label: string, l: typeof h.quiet): Row => [label, l.p50Ms, l.p99Ms, l.maxMs, l.acks, l.failed];
    parts.push(
      table(
        ["honest acks", "p50 ms", "p99 ms", "max ms", "acked", "failed"],
        [latency("quiet (before the attack)", h.quiet), latency("under attack", h.underAttack)],
        markdown,
      ),
    );
    const a = h.attack;
    const rows: Row[] = [
      ["attacking sockets open at the end / refused connections", `${a.socketsOpen} / ${a.connectionsRefused}`],
      ["attacker joins answered / refused / sent", `${a.joinsAnswered} / ${a.joinsRefused} / ${a.joinsSent}`],
      ["attacker moves committed / refused / sent", `${a.opsCommitted} / ${a.opsRefused} / ${a.opsSent}`],
      ["attacker disconnected by the server", a.disconnects],
      ["received by the attacker", `${a.megabytesReceived} MB`],
      ["server CPU during the attack", `${h.serverCpuPct}%`],
      ["server RSS before → peak", `${h.serverRssBeforeMB} → ${h.serverRssPeakMB} MB`],
    ];
    parts.push(table(["measure", "value"], rows, markdown));
  }
  if (results.reads) parts.push(...readFloodReport(results.reads, markdown));
  if (results.wall) {
    const wall = results.wall;
    parts.push(heading(`Networking wall with ${wall.cards} business cards, matching on (Chromium)`));
    const rows: Row[] = [];
    if ("skipped" in wall) rows.push(["Chromium", wall.skipped]);
    else {
      const { live } = wall;
      const { opens } = wall;
      const each = (ms: (open: (typeof opens)[number]) => number | null) =>
        opens.map((open) => `${ms(open) ?? "never"} ms`).join(", ");
      rows.push(["all cards in the DOM, each open", each((open) => open.inDomMs)]);
      rows.push(["all cards painted (the next frame), each open", each((open) => open.shownMs)]);
      rows.push(["all cards painted (median)", `${wall.shownMedianMs ?? "never"} ms`]);
      rows.push(["LCP (median)", `${wall.lcpMedianMs} ms`]);
      const first = wall.opens[0];
      rows.push(["people for you / match hints shown", `${first.peopleForYou} / ${first.matchHints}`]);
      rows.push([
        `${live.updates} card edits by others, one per ${live.intervalMs} ms: shown / failed`,
        `${live.shown} / ${live.failed}`,
      ]);
      rows.push(["op sent → change in the DOM (median)", `${live.inDomMedianMs} ms`]);
      rows.push(["op sent → change painted (median / max)", `${live.medianMs} / ${live.maxMs} ms`]);
      rows.push([
        "worst frame meanwhile (frames > 100 ms)",
        `${live.frames.maxFrameMs} ms (${live.frames.framesOver100Ms})`,
      ]);
      rows.push([
        "long animation frames meanwhile (longest)",
        `${live.frames.longAnimationFrames} (${live.frames.maxLongAnimationFrameMs} ms)`,
      ]);
    }
    parts.push(table(["measure", "value"], rows, markdown));
  }
  if (results.suggestions) {
    const { cards, runs, boards } = results.suggestions;
    parts.push(heading(`Suggested clusters for ${cards} cards (median of ${runs} runs, in the bench's process)`));
    const rows: Row[] = boards.map((board) => [
      board.text,
      board.medianMs,
      board.maxMs,
      board.cpuMedianMs,
      `${board.suggestions} / ${board.duplicates}`,
    ]);
    parts.push(table(["cards' text", "median ms", "max ms", "CPU ms", "suggestions / duplicates"], rows, markdown));
  }
  if (results.bundle) {
    parts.push(heading("Client JavaScript"));
    if ("skipped" in results.bundle) parts.push(results.bundle.skipped);
    else {
      const b = results.bundle;
      const rows: Row[] = [
        ["the entry and the app it starts (boot.tsx), gzipped", kb(b.entryGzipBytes)],
        ["all JavaScript, gzipped", kb(b.totalGzipBytes)],
      ];
      if (b.boardPageGzipBytes !== undefined)
        rows.push(["loaded by the board page, gzipped", kb(b.boardPageGzipBytes)]);
      parts.push(table(["measure", "size"], rows, markdown));
    }
  }
  parts.push(heading("Targets"));
  const targetRows: Row[] = results.targets.map((check) => [
    check.target,
    check.measured,
    check.met === null ? "–" : check.met ? "met" : "MISSED",
  ]);
  parts.push(table(["target", "measured", "result"], targetRows, markdown));
  return parts.join("\n\n");
}

/** The read flood's section of the report (bench/readFlood.ts). */
function readFloodReport(r: ReadFloodResult, markdown: boolean): string[] {
  const heading = headingFor(markdown);
  const latency = (label: string, l: ReadFloodResult["quiet"]): Row => [
    label,
    l.p50Ms,
    l.p99Ms,
    l.maxMs,
    l.acks,
    l.failed,
  ];
  const reads = (label: string, x: ReadFloodResult["floodReads"]): Row => [
    label,
    `${x.answered} / ${x.refused} / ${x.megabytes} MB`,
  ];
  return [
    heading(
      `Read flood: ${r.authors} fresh authors with a calendar feed each load a ${r.cards}-card board ` +
        `(${r.snapshotMB} MB, ${r.snapshotBrotliMB} MB brotli), then ${r.loops} loops fetch it uncompressed for ` +
        `${r.durationMs / 1000} s, all from one address; an honest participant on another board sends 20 ops/s`,
    ),
    table(
      ["honest acks", "p50 ms", "p99 ms", "max ms", "acked", "failed"],
      [
        latency("quiet", r.quiet),
        latency("while the authors load", r.duringAuthors),
        latency("during the loops", r.duringFlood),
      ],
      markdown,
    ),
    table(
      ["measure", "value"],
      [
        reads("author loads answered / refused / received", r.authorReads),
        reads("loop GETs answered / refused / received", r.floodReads),
        [
          "server RSS before → peak → after (collected)",
          `${r.serverRssBeforeMB} → ${r.serverRssPeakMB} → ${r.serverRssAfterMB} MB`,
        ],
        ["server heap before → after (collected)", `${r.serverHeapBeforeMB} → ${r.serverHeapAfterMB} MB`],
      ],
      markdown,
    ),
  ];
}
