import { chromium, type Page } from "playwright-core";
import { AUTHOR_TOKEN_KEY } from "../client/sync/joinRequest";
import { newSecret } from "../server/auth/secrets";
import { type BenchWindow, CHROMIUM_ARGS, observe } from "./browserLoad";
import { startServerWithClient } from "./child";
import type { ServerReady, WallSeed } from "./protocol";
import { type FrameStats, observeFrames, startFrames, stopFrames } from "./reconnectLoad";
import { median, round } from "./stats";

/**
 * The networking wall at its limit, in a real Chromium: a `vernetzung` board with 2,000 business cards
 * (the last one the page's own, so matching is on: "people for you", match hints, sorted by best
 * match), opened cold; then other participants edit their cards while the page shows the wall.
 */
export interface WallOpen {
  /** The first animation frame with every card in the wall's grid (ms after navigation start). */
  inDomMs: number | null;
  /** The animation frame after that one: the grid was laid out and painted by then. */
  shownMs: number | null;
  lcpMs: number | null;
  /** What the page showed: cards in the grid, entries under "people for you", match hints. */
  cardsInGrid: number;
  peopleForYou: number;
  matchHints: number;
}

export interface WallLive {
  updates: number;
  intervalMs: number;
  /** Edits that reached the page's DOM before the wait ended. */
  shown: number;
  failed: number;
  /** Op sent (REST) until the first animation frame with the change in the card's element. */
  inDomMedianMs: number | null;
  /** Op sent until the frame after that one, when the change had been painted: median and max. */
  medianMs: number | null;
  maxMs: number | null;
  frames: FrameStats;
}

export type WallResult =
  | { cards: number; skipped: string }
  | {
      cards: number;
      opens: WallOpen[];
      shownMedianMs: number | null;
      lcpMedianMs: number | null;
      live: WallLive;
    };

export interface WallOptions {
  cards: number;
  /** Card edits sent by other participants while the page shows the wall. */
  updates: number;
  intervalMs: number;
  /** Cold opens in fresh browsers; the live edits run on the last one. */
  opens: number;
  browser: boolean;
  pin: boolean;
  clientDir: string;
  log: (line: string) => void;
}

/** The key the client keeps its author token under (client/sync/BoardSync.ts). */

interface WallWindow {
  __wall: { pending: Record<string, string>; seen: Record<string, number>; painted: Record<string, number> };
  __wallShown?: { inDom: number; painted: number | null };
}

/** Each animation frame, looks for the markers of edits sent and not yet seen in their card's element. */
function watchEdits(page: Page, markers: Record<string, string>): Promise<void> {
  return page.evaluate((pending) => {
    const state: WallWindow["__wall"] = { pending: { ...pending }, seen: {}, painted: {} };
    (window as unknown as WallWindow).__wall = state;
    const tick = () => {
      const now = performance.timeOrigin + performance.now();
      for (const cardId of Object.keys(state.seen)) state.painted[cardId] ??= now;
      for (const [cardId, marker] of Object.entries(state.pending)) {
        if (document.getElementById(`business-card-${cardId}`)?.textContent?.includes(marker)) {
          state.seen[cardId] = now;
          delete state.pending[cardId];
        }
      }
      if (Object.keys(state.painted).length < Object.keys(pending).length) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, markers);
}

async function liveEdits(page: Page, url: string, seed: WallSeed, options: WallOptions): Promise<WallLive> {
  const edits = seed.live.slice(0, options.updates).map((card, index) => ({
    ...card,
    marker: `Live-Änderung ${index + 1}`,
  }));
  await watchEdits(page, Object.fromEntries(edits.map((edit) => [edit.cardId, edit.marker])));
  await startFrames(page);
  const sent: Record<string, number> = {};
  const responses: Promise<boolean>[] = [];
  for (const edit of edits) {
    const { text } = edit;
    // One of the own card's topics joins theirs: their match with the page's card changes, and so the order.
    const topics = [...text.topics.slice(1), seed.own.topics[0]];
    const op = {
      type: "businessCard.update",
      cardId: edit.cardId,
      baseVersion: 1,
      ...text,
      topics,
      about: `${edit.marker}: ${text.about}`,
      contact: {
        email: edit.email ? { value: edit.email, visibility: "board" } : null,
        phone: null,
        website: null,
      },
    };
    sent[edit.cardId] = performance.timeOrigin + performance.now();
    responses.push(
      fetch(`${url}/api/boards/${seed.boardId}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-author-token": edit.authorToken },
        body: JSON.stringify({ op }),
      }).then(
        (response) => response.ok,
        () => false,
      ),
    );
    await page.waitForTimeout(options.intervalMs);
  }
  const failed = (await Promise.all(responses)).filter((ok) => !ok).length;
  await page
    .waitForFunction(
      (count) => Object.keys((window as unknown as WallWindow).__wall.painted).length >= count,
      edits.length,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(500);
  const frames = await stopFrames(page);
  const { seen, painted } = await page.evaluate(() => (window as unknown as WallWindow).__wall);
  const after = (times: Record<string, number>) => Object.entries(times).map(([cardId, at]) => at - sent[cardId]);
  const inDom = after(seen);
  const latencies = after(painted);
  return {
    updates: edits.length,
    intervalMs: options.intervalMs,
    shown: latencies.length,
    failed,
    inDomMedianMs: inDom.length ? round(median(inDom), 1) : null,
    medianMs: latencies.length ? round(median(latencies), 1) : null,
    maxMs: latencies.length ? round(Math.max(...latencies), 1) : null,
    frames,
  };
}

async function openWall(
  url: string,
  authorToken: string,
  cards: number,
  live: ((page: Page) => Promise<WallLive>) | null,
): Promise<{ open: WallOpen; live: WallLive | null }> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles with keepNames, which wraps functions in __name(); the page needs it too.
    await page.addInitScript("window.__name = (fn) => fn;");
    // The page's author: the one whose card was seeded last.
    await page.addInitScript(([key, token]) => localStorage.setItem(key, token), [AUTHOR_TOKEN_KEY, authorToken]);
    await page.addInitScript(observe);
    await page.addInitScript(observeFrames);
    await page.goto(url, { waitUntil: "load" });
    // Checked each animation frame, before that frame's layout and paint; the next frame's callback
    // runs once the grid with every card has been laid out and painted.
    const times = await page
      .waitForFunction(
        (count) => {
          const wall = window as unknown as WallWindow;
          if (!wall.__wallShown) {
            if ((document.querySelector('[data-testid="wall-grid"]')?.childElementCount ?? 0) < count) return false;
            const shown = { inDom: performance.now(), painted: null as number | null };
            wall.__wallShown = shown;
            requestAnimationFrame(() => {
              shown.painted = performance.now();
            });
          }
          return wall.__wallShown.painted !== null && wall.__wallShown;
        },
        cards,
        { polling: "raf", timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<{ inDom: number; painted: number }>)
      .catch(() => null);
    await page.waitForTimeout(1_000);
    const shown = await page.evaluate(() => ({
      lcp: (window as unknown as BenchWindow).__bench.lcp,
      cardsInGrid: document.querySelector('[data-testid="wall-grid"]')?.childElementCount ?? 0,
      peopleForYou: document.querySelectorAll('[data-testid="person-for-you"]').length,
      matchHints: document.querySelectorAll('[data-testid="match-hint"]').length,
    }));
    const open: WallOpen = {
      inDomMs: times === null ? null : round(times.inDom),
      shownMs: times === null ? null : round(times.painted),
      lcpMs: shown.lcp === null ? null : round(shown.lcp),
      cardsInGrid: shown.cardsInGrid,
      peopleForYou: shown.peopleForYou,
      matchHints: shown.matchHints,
    };
    return { open, live: live ? await live(page) : null };
  } finally {
    await browser.close();
  }
}

export async function measureWall(options: WallOptions): Promise<WallResult> {
  const { server, hasClient } = startServerWithClient(options);
  try {
    const ready = await server.next<ServerReady>("ready");
    const authorToken = newSecret();
    const seed = await server.request<WallSeed>(
      { type: "seed-wall", cards: options.cards, authorToken, live: options.updates },
      300_000,
    );
    options.log(`wall: ${options.cards} business cards seeded, the last one the page's own`);
    if (!options.browser || !hasClient) {
      return { cards: options.cards, skipped: options.browser ? "skipped: no client build" : "skipped: --no-browser" };
    }
    const url = `http://127.0.0.1:${ready.port}`;
    const page = `${url}/b/${seed.boardId}?view=wall`;
    const opens: WallOpen[] = [];
    let live: WallLive | null = null;
    for (let i = 0; i < options.opens; i++) {
      const last = i === options.opens - 1;
      const run = await openWall(
        page,
        authorToken,
        options.cards,
        last ? (p) => liveEdits(p, url, seed, options) : null,
      );
      opens.push(run.open);
      live = run.live ?? live;
      options.log(
        `chromium wall: ${run.open.cardsInGrid} cards in the DOM at ${run.open.inDomMs} ms, painted at ` +
          `${run.open.shownMs} ms, LCP ${run.open.lcpMs} ms, ` +
          `${run.open.peopleForYou} people for you, ${run.open.matchHints} match hints`,
      );
    }
    if (!live) throw new Error("the wall's live edits did not run");
    options.log(
      `chromium wall: ${live.shown}/${live.updates} edits shown, in the DOM after ${live.inDomMedianMs} ms, painted ` +
        `after ${live.medianMs} ms (medians; max ${live.maxMs} ms); worst frame ${live.frames.maxFrameMs} ms (${live.frames.framesOver100Ms} over 100 ms, ` +
        `${live.frames.longAnimationFrames} long animation frames, longest ${live.frames.maxLongAnimationFrameMs} ms)`,
    );
    // A wall never shown counts as slower than any other.
    const shownMedian = median(opens.map((open) => open.shownMs ?? Number.POSITIVE_INFINITY));
    const lcps = opens.map((open) => open.lcpMs).filter((lcp): lcp is number => lcp !== null);
    return {
      cards: options.cards,
      opens,
      shownMedianMs: Number.isFinite(shownMedian) ? shownMedian : null,
      lcpMedianMs: lcps.length ? median(lcps) : null,
      live,
    };
  } finally {
    await server.stop();
  }
}
