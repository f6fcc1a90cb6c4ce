import { writeFileSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import type { Card, Column } from "../shared/model";
import { CHROMIUM_ARGS } from "./browserLoad";
import { round } from "./stats";

/**
 * Coming back online with a full outbox, in a real Chromium: a moderator's page on the big board
 * goes offline, 200 ops are queued (from a second tab of the same browser, as SYNC-11 allows), the
 * page comes back and sends them all. Measured: the page's frames from reconnecting until the server
 * holds every op, and while the queued ops were taken up offline.
 */
export interface ReconnectRun {
  queued: number;
  /** From going online until the board's revision shows every queued op committed. */
  deliveredMs: number;
  pickUp: FrameStats;
  reconnect: FrameStats;
}

export interface FrameStats {
  frames: number;
  maxFrameMs: number;
  framesOver100Ms: number;
  longAnimationFrames: number;
  maxLongAnimationFrameMs: number;
}

interface FrameWindow {
  __frames: { times: number[]; loaf: { start: number; duration: number }[]; recording: boolean; since: number };
}

export function observeFrames(): void {
  const state: FrameWindow["__frames"] = { times: [], loaf: [], recording: false, since: 0 };
  (window as unknown as FrameWindow).__frames = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.loaf.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // Older engines lack long animation frames; the rAF frame times still tell.
  }
}

export function startFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const state = (window as unknown as FrameWindow).__frames;
    state.times = [];
    state.recording = true;
    state.since = performance.now();
    const tick = (time: number) => {
      if (!state.recording) return;
      state.times.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function stopFrames(page: Page): Promise<FrameStats> {
  return page.evaluate(() => {
    const state = (window as unknown as FrameWindow).__frames;
    state.recording = false;
    const deltas = state.times.slice(1).map((time, index) => time - state.times[index]);
    const loaf = state.loaf.filter((entry) => entry.start >= state.since);
    return {
      frames: deltas.length,
      maxFrameMs: Math.round(Math.max(0, ...deltas) * 10) / 10,
      framesOver100Ms: deltas.filter((delta) => delta > 100).length,
      longAnimationFrames: loaf.length,
      maxLongAnimationFrameMs: Math.round(Math.max(0, ...loaf.map((entry) => entry.duration))),
    };
  });
}

async function revisionOf(url: string, boardId: string): Promise<number> {
  const response = await fetch(`${url}/api/boards/${boardId}`);
  return ((await response.json()) as { revision: number }).revision;
}

/** 100 new cards and 100 moves of existing ones across columns, as the outbox stores them. */
function queuedOps(boardId: string, columns: Column[], cards: Card[], count: number) {
  return Array.from({ length: count }, (_, i) => {
    const opId = `bench-reconnect-${i}-${Date.now().toString(36)}`;
    const column = columns[i % columns.length];
    const op =
      i % 2 === 0
        ? {
            type: "card.add",
            cardId: `bench-new-${i}-${Date.now().toString(36)}`,
            columnId: column.id,
            rank: "a0",
            authorName: "Bench",
            content: { kind: "topic", title: `Offline ${i}`, body: "", link: null },
          }
        : { type: "card.move", cardId: cards[i].id, columnId: column.id, rank: "a0" };
    return { key: `themenwand:op:${boardId}:${opId}`, value: JSON.stringify({ opId, op, seq: i + 1 }) };
  });
}

export async function measureReconnect(
  url: string,
  boardId: string,
  moderatorKey: string,
  board: { columns: Column[]; cards: Card[] },
  count = 200,
): Promise<ReconnectRun> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript("window.__name = (fn) => fn;");
    await context.addInitScript(observeFrames);
    const page = await context.newPage();
    await page.goto(`${url}/b/${boardId}#key=${moderatorKey}`, { waitUntil: "load" });
    await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor({ timeout: 60_000 });
    const other = await context.newPage();
    await other.goto(`${url}/`, { waitUntil: "load" });
    // The measured page must be the visible one: a background tab gets one animation frame a second.
    await page.bringToFront();
    await page.waitForTimeout(1_000);

    await context.setOffline(true);
    await page.locator('[data-testid="connection-status"][data-status="offline"]').waitFor({ timeout: 30_000 });
    // BENCH_PROFILE_RECONNECT=<file>: a CPU profile of the page over both phases (bench/profileTop.ts reads it).
    const profiling = process.env.BENCH_PROFILE_RECONNECT ? await context.newCDPSession(page) : null;
    await profiling?.send("Profiler.enable");
    await profiling?.send("Profiler.start");
    await startFrames(page);
    await other.evaluate(
      (entries) => {
        for (const { key, value } of entries) localStorage.setItem(key, value);
      },
      queuedOps(boardId, board.columns, board.cards, count),
    );
    await page.waitForTimeout(1_500);
    const pickUp = await stopFrames(page);

    const before = await revisionOf(url, boardId);
    await startFrames(page);
    const online = performance.now();
    await context.setOffline(false);
    let delivered = Number.NaN;
    for (let waited = 0; waited < 60_000; waited += 50) {
      if ((await revisionOf(url, boardId)) >= before + count) {
        delivered = performance.now() - online;
        break;
      }
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(500);
    const reconnect = await stopFrames(page);
    if (profiling) {
      const { profile } = await profiling.send("Profiler.stop");
      writeFileSync(process.env.BENCH_PROFILE_RECONNECT as string, JSON.stringify(profile));
    }
    return { queued: count, deliveredMs: round(delivered), pickUp, reconnect };
  } finally {
    await browser.close();
  }
}
