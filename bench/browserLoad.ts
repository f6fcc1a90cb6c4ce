import { chromium, type Page } from "playwright-core";
import { median, round } from "./stats";

/** A real Chromium opening a board page cold and scrolling it with the mouse wheel. */
export interface BrowserRun {
  lcpMs: number | null;
  /** When the title of the column's top card was first in the page. */
  firstCardMs: number | null;
  scriptUrls: string[];
  scroll: {
    frames: number;
    maxFrameMs: number;
    framesOver50Ms: number;
    framesOver100Ms: number;
    longAnimationFrames: number;
    maxLongAnimationFrameMs: number;
    scrolledPx: number;
  };
}

export type BrowserResult =
  | { skipped: string }
  | { runs: BrowserRun[]; lcpMedianMs: number | null; maxFrameMs: number; scriptUrls: string[] };

/** Chromium flags for every bench browser: headless on this machine, no traffic of its own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export interface BenchWindow {
  __bench: { lcp: number | null; loaf: { start: number; duration: number }[]; frames: number[]; recording: boolean };
}

/** Installed before any page script: records LCP and long animation frames from the start. */
export function observe(): void {
  const bench: BenchWindow["__bench"] = { lcp: null, loaf: [], frames: [], recording: false };
  (window as unknown as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.loaf.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // Older engines lack long animation frames; the rAF frame times still tell.
  }
}

async function scroll(page: Page) {
  const startedAt = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.recording = true;
    bench.frames = [];
    const tick = (time: number) => {
      if (!bench.recording) return;
      bench.frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  });
  await page.mouse.move(320, 500);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300);
  return page.evaluate((since) => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.recording = false;
    const deltas = bench.frames.slice(1).map((time, index) => time - bench.frames[index]);
    let scrolledPx = window.scrollY;
    for (const element of document.querySelectorAll("*")) scrolledPx += element.scrollTop;
    const loaf = bench.loaf.filter((entry) => entry.start >= since);
    return {
      frames: deltas.length,
      maxFrameMs: Math.max(0, ...deltas),
      framesOver50Ms: deltas.filter((delta) => delta > 50).length,
      framesOver100Ms: deltas.filter((delta) => delta > 100).length,
      longAnimationFrames: loaf.length,
      maxLongAnimationFrameMs: Math.max(0, ...loaf.map((entry) => entry.duration)),
      scrolledPx,
    };
  }, startedAt);
}

async function openOnce(url: string, cardTitle: string): Promise<BrowserRun> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles with keepNames, which wraps functions in __name(); the page needs it too.
    await page.addInitScript("window.__name = (fn) => fn;");
    await page.addInitScript(observe);
    await page.goto(url, { waitUntil: "load" });
    const firstCard = await page
      .waitForFunction((title) => document.body.innerText.includes(title) && performance.now(), cardTitle, {
        polling: "raf",
        timeout: 20_000,
      })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    await page.waitForTimeout(1_000);
    const lcpMs = await page.evaluate(() => (window as unknown as BenchWindow).__bench.lcp);
    const scriptUrls = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter(
          (entry) => (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js"),
        )
        .map((entry) => new URL(entry.name).pathname),
    );
    return {
      lcpMs: lcpMs === null ? null : round(lcpMs),
      firstCardMs: firstCard === null ? null : round(firstCard),
      scriptUrls,
      scroll: await scroll(page),
    };
  } finally {
    await browser.close();
  }
}

/** Three cold opens in fresh browsers; the median LCP and the worst frame while scrolling. */
export async function measureInBrowser(url: string, cardTitle: string, log: (line: string) => void) {
  const runs: BrowserRun[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await openOnce(url, cardTitle);
    log(
      `chromium: LCP ${run.lcpMs} ms, top card at ${run.firstCardMs} ms, scrolling: worst frame ` +
        `${round(run.scroll.maxFrameMs)} ms, ${run.scroll.framesOver100Ms} frames over 100 ms, ${run.scroll.scrolledPx} px`,
    );
    runs.push(run);
  }
  const lcps = runs.map((run) => run.lcpMs).filter((lcp): lcp is number => lcp !== null);
  return {
    runs,
    lcpMedianMs: lcps.length ? median(lcps) : null,
    maxFrameMs: round(Math.max(...runs.map((run) => run.scroll.maxFrameMs))),
    scriptUrls: runs[0].scriptUrls,
  } satisfies BrowserResult;
}
