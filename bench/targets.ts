import type { BundleMeasure } from "./bundleSize";
import type { SuggestionsResult } from "./clusterSuggestions";
import type { ColdLoadResult } from "./coldLoad";
import type { SeriesResult } from "./fanout";
import type { HostileResult } from "./hostile";
import type { PersistenceResult } from "./persistence";
import { median } from "./stats";
import type { WallResult } from "./wallLoad";

/** The targets of the benchmark issue, checked against one run's figures. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** null when this run did not measure it. */
  met: boolean | null;
}

export interface Figures {
  fanout: SeriesResult[];
  persistence: PersistenceResult | null;
  coldLoad: ColdLoadResult | null;
  hostile: HostileResult | null;
  wall: WallResult | null;
  /** Absent in results written before suggested clusters were measured. */
  suggestions?: SuggestionsResult | null;
  bundle: BundleMeasure | null;
}

const series = (figures: Figures, kind: string, n: number) =>
  figures.fanout.find((entry) => entry.kind === kind && entry.n === n);

export function ratio(figures: Figures, n: number): number | null {
  const baseline = series(figures, "baseline", n)?.sustainedDeliveriesPerSec;
  const themenwand = series(figures, "themenwand", n)?.sustainedDeliveriesPerSec;
  return baseline && themenwand !== undefined ? Math.round((themenwand / baseline) * 100) / 100 : null;
}

function p99At(figures: Figures, n: number, opsPerSec: number, limitMs: number): TargetCheck {
  const step = series(figures, "themenwand", n)?.steps.find((entry) => entry.opsPerSec === opsPerSec);
  const p99 = step?.p99Ms;
  return {
    target: `N=${n}: p99 < ${limitMs} ms at ${opsPerSec} ops/s`,
    measured: step ? `${p99 ?? "not all delivered"} ms` : "not measured",
    met: step ? p99 !== null && p99 !== undefined && p99 < limitMs && step.keptUp : null,
  };
}

export function checkTargets(figures: Figures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const r1000 = ratio(figures, 1000);
  checks.push({
    target: "N=1000: full path ≥ 0.8 × baseline sustained deliveries/s",
    measured: r1000 === null ? "not measured" : `${r1000}`,
    met: r1000 === null ? null : r1000 >= 0.8,
  });
  checks.push(p99At(figures, 1000, 60, 100), p99At(figures, 200, 100, 25), p99At(figures, 200, 200, 40));
  const memory = figures.fanout.filter((entry) => entry.kind === "themenwand");
  const largest = memory.sort((a, b) => b.n - a.n)[0];
  checks.push({
    target: "memory < 40 KB per participant",
    measured: largest ? `${largest.kbPerConnection} KB at N=${largest.n}` : "not measured",
    met: largest ? largest.kbPerConnection < 40 : null,
  });
  const persistence = figures.persistence;
  checks.push({
    target: "≥ 15,000 durably persisted ops/s on one board",
    measured: persistence
      ? `${persistence.opsPerSec}/s (${persistence.ratioToRawBatch100} × raw inserts at 100/commit)`
      : "not measured",
    met: persistence ? persistence.opsPerSec >= 15_000 : null,
  });
  const cold = figures.coldLoad;
  checks.push({
    target: "5,000-card snapshot served in < 50 ms",
    measured: cold
      ? `${cold.snapshot.serverMedianMs} ms median (${cold.snapshot.serverColdMs} ms first)`
      : "not measured",
    met: cold ? cold.snapshot.serverMedianMs < 50 : null,
  });
  checks.push({
    target: "5,000-card snapshot < 150 KB on the wire",
    measured: cold ? `${Math.round(cold.snapshot.wireBytes / 1024)} KB ${cold.snapshot.encoding}` : "not measured",
    met: cold ? cold.snapshot.wireBytes < 150 * 1024 : null,
  });
  const browser = cold && "runs" in cold.browser ? cold.browser : null;
  // LCP can settle on the page heading before any card is painted, so the cards must be there in time too.
  const firstCards = (browser?.runs ?? []).map((run) => run.firstCardMs ?? Number.POSITIVE_INFINITY);
  const firstCard = firstCards.length ? median(firstCards) : null;
  checks.push({
    target: "LCP in Chromium < 1.0 s (5,000 cards), cards painted by then",
    measured: browser
      ? `LCP ${browser.lcpMedianMs} ms, first card ${Number.isFinite(firstCard) ? firstCard : "never"} ms (medians)`
      : cold && "skipped" in cold.browser
        ? cold.browser.skipped
        : "not measured",
    met: browser
      ? browser.lcpMedianMs !== null && browser.lcpMedianMs < 1_000 && firstCard !== null && firstCard < 1_000
      : null,
  });
  checks.push({
    target: "no frame > 100 ms while scrolling",
    measured: browser ? `worst frame ${browser.maxFrameMs} ms` : "not measured",
    met: browser ? browser.maxFrameMs <= 100 : null,
  });
  const reconnect = cold && "queued" in cold.reconnect ? cold.reconnect : null;
  checks.push({
    target: "200 queued ops sent after a reconnect (5,000 cards, Chromium): no frame > 100 ms",
    measured: reconnect
      ? `worst frame ${reconnect.reconnect.maxFrameMs} ms, delivered in ${reconnect.deliveredMs} ms`
      : "not measured",
    met: reconnect ? reconnect.reconnect.maxFrameMs <= 100 && Number.isFinite(reconnect.deliveredMs) : null,
  });
  const hostile = figures.hostile;
  checks.push({
    target: "honest ack p99 < 100 ms while a hostile neighbour floods another board",
    measured: hostile
      ? `${hostile.underAttack.p99Ms ?? "no acks"} ms (${hostile.underAttack.failed} failed; quiet ${hostile.quiet.p99Ms} ms)`
      : "not measured",
    met: hostile
      ? hostile.underAttack.p99Ms !== null && hostile.underAttack.p99Ms < 100 && hostile.underAttack.failed === 0
      : null,
  });
  const wall = figures.wall;
  const wallRuns = wall && "opens" in wall ? wall : null;
  const notMeasured = wall && "skipped" in wall ? wall.skipped : "not measured";
  checks.push({
    target: "2,000-card wall shown in < 1.5 s (Chromium, matching on)",
    measured: wallRuns
      ? `all ${wallRuns.cards} cards painted at ${wallRuns.shownMedianMs ?? "never"} ms, LCP ${wallRuns.lcpMedianMs} ms (medians)`
      : notMeasured,
    met: wallRuns ? wallRuns.shownMedianMs !== null && wallRuns.shownMedianMs < 1_500 : null,
  });
  checks.push({
    target: "live update on a 2,000-card wall with matching: no frame > 100 ms",
    measured: wallRuns
      ? `worst frame ${wallRuns.live.frames.maxFrameMs} ms over ${wallRuns.live.updates} edits; ` +
        `${wallRuns.live.shown} painted, median ${wallRuns.live.medianMs} ms after sending`
      : notMeasured,
    met: wallRuns ? wallRuns.live.frames.maxFrameMs <= 100 && wallRuns.live.shown === wallRuns.live.updates : null,
  });
  const suggestions = figures.suggestions;
  const slowest = suggestions ? Math.max(...suggestions.boards.map((board) => board.medianMs)) : null;
  checks.push({
    target: `suggested clusters for ${suggestions?.cards ?? "1,000"} cards in < 1 s (SUG-5)`,
    measured: suggestions
      ? suggestions.boards.map((board) => `${board.medianMs} ms (CPU ${board.cpuMedianMs} ms)`).join(", ")
      : "not measured",
    met: slowest === null ? null : slowest < 1_000,
  });
  const bundle = figures.bundle;
  const bundleBytes = bundle && "files" in bundle ? (bundle.boardPageGzipBytes ?? bundle.entryGzipBytes) : null;
  const bundleKb = bundleBytes === null ? null : Math.round(bundleBytes / 102.4) / 10;
  checks.push({
    target: "board page JavaScript < 120 KB gzipped",
    measured:
      bundleKb !== null
        ? `${bundleKb} KB`
        : bundle && "skipped" in bundle
          ? bundle.skipped.split("\n")[0]
          : "not measured",
    met: bundleKb !== null ? bundleKb < 120 : null,
  });
  return checks;
}
