import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type Result from "lighthouse/types/lhr/lhr";
import { seedDemoBoards } from "./demoBoards";
import { LIGHTHOUSE_VIEWS } from "./lighthouseViews";
import { round } from "./stats";

/**
 * Lighthouse (its Node API, default config: a phone with simulated slow 4G and a 4× slower CPU) on
 * every view of LIGHTHOUSE_VIEWS, all four categories, in Debian's Chromium. Reports the scores, CLS
 * and the audits that cost points, from the median of three runs per view (by performance); the targets
 * (≥ 0.95 each, CLS < 0.1) are reported, never enforced.
 */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface LighthouseViewResult {
  view: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** The element Lighthouse took as the largest contentful paint. */
  lcpElement: string;
  /**
   * A board's SEO score without the one audit it fails by design ("is-crawlable": boards must carry
   * noindex, HTTP-4), weighted as Lighthouse weighs the rest; null for pages that are indexable.
   */
  seoBesidesNoindex: number | null;
  /** Audits that scored below 0.9 (not informative or manual ones), with their titles. */
  failing: { id: string; title: string; score: number | null; displayValue?: string }[];
  /** The elements that moved, when the page shifted (layout-shifts audit). */
  shifts: string[];
}

export async function measureLighthouse(options: {
  url: string;
  runs?: number;
  log: (line: string) => void;
  chromePath?: string;
}): Promise<LighthouseViewResult[]> {
  const boards = await seedDemoBoards(options.url);
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const results: LighthouseViewResult[] = [];
  try {
    // A fresh Chromium paints its very first page late (it warms up), which would count against
    // whichever view came first; one run that is thrown away warms it.
    await lighthouse(`${options.url}/`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    for (const view of LIGHTHOUSE_VIEWS) {
      const path = view.path(boards);
      // Single Lighthouse runs vary by several points; the run with the median performance score stands.
      const runs: Result[] = [];
      for (let run = 0; run < (options.runs ?? 3); run++) {
        const runner = await lighthouse(`${options.url}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        if (!runner) throw new Error(`Lighthouse gave no result for ${path}`);
        if (runner.lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${runner.lhr.runtimeError.message}`);
        runs.push(runner.lhr);
      }
      runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)];
      const audit = (id: string) => lhr.audits[id];
      const shiftItems =
        (audit("layout-shifts")?.details as { items?: { node?: { snippet?: string }; score?: number }[] } | undefined)
          ?.items ?? [];
      const result: LighthouseViewResult = {
        view: view.name,
        path: path.replace(/[A-Za-z0-9_-]{22}/, "<id>"),
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
        ) as LighthouseViewResult["scores"],
        cls: round(audit("cumulative-layout-shift")?.numericValue ?? Number.NaN, 3),
        fcpMs: Math.round(audit("first-contentful-paint")?.numericValue ?? Number.NaN),
        lcpMs: Math.round(audit("largest-contentful-paint")?.numericValue ?? Number.NaN),
        tbtMs: Math.round(audit("total-blocking-time")?.numericValue ?? Number.NaN),
        failing: Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 0.9 &&
              !["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode),
          )
          .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue })),
        lcpElement: lcpElementOf(audit("largest-contentful-paint-element")?.details),
        seoBesidesNoindex: view.noindex ? scoreWithout(lhr, "seo", "is-crawlable") : null,
        shifts: shiftItems.map((item) => `${round(item.score ?? 0, 3)} ${item.node?.snippet ?? "?"}`),
      };
      options.log(
        `lighthouse ${view.name}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(", ")}, CLS ${result.cls}`,
      );
      results.push(result);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

export function formatLighthouse(results: LighthouseViewResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.view} | \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c] ?? "—").join(" | ")} | ${r.seoBesidesNoindex ?? "—"} | ${r.cls} | ${r.fcpMs} ms | ${r.lcpMs} ms | ${r.tbtMs} ms | \`${r.lcpElement.slice(0, 60)}\` |`,
  );
  const failing = results.flatMap((r) =>
    r.failing.map((a) => `- ${r.view}: ${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ""}): ${a.title}`),
  );
  const shifts = results.flatMap((r) => r.shifts.map((s) => `- ${r.view}: ${s}`));
  return [
    "| view | path | performance | accessibility | best practices | SEO | SEO besides noindex | CLS | FCP | LCP | TBT | LCP element |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "SEO besides noindex: a board's SEO score without `is-crawlable`, which every board fails by design",
    "(HTTP-4: boards carry `X-Robots-Tag: noindex`), the other audits weighted as Lighthouse weighs them.",
    "",
    "Audits below 0.9:",
    ...(failing.length ? failing : ["- none"]),
    ...(shifts.length ? ["", "Layout shifts:", ...shifts] : []),
  ].join("\n");
}

/** A category's score as Lighthouse computes it (weighted mean of its audits), one audit left out. */
function scoreWithout(lhr: Result, category: string, auditId: string): number | null {
  const refs = lhr.categories[category]?.auditRefs.filter((ref) => ref.weight > 0 && ref.id !== auditId) ?? [];
  const weight = refs.reduce((sum, ref) => sum + ref.weight, 0);
  if (weight === 0) return null;
  const total = refs.reduce((sum, ref) => sum + ref.weight * (lhr.audits[ref.id]?.score ?? 0), 0);
  return round(total / weight, 2);
}

/** The LCP element's HTML opening, from the audit's table (its first item lists the node). */
function lcpElementOf(details: unknown): string {
  const tables = (details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items ?? [];
  return tables[0]?.items?.[0]?.node?.snippet ?? "?";
}
