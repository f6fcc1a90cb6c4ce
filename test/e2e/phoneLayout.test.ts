import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { columnsIn, createBoard, startTestServer, type TestServer } from "../helpers/testServer";
import { hasChromium, launchChromium } from "./browser";

type Shift = { value: number; sources: string[] };

/** Layout shifts as Chromium reports them (PerformanceObserver 'layout-shift'), with what moved. */
function recordLayoutShifts() {
  const shifts: Shift[] = [];
  (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) => {
        const node = source.node as HTMLElement | undefined;
        return node?.dataset?.testid ?? node?.className?.toString() ?? node?.nodeName ?? "?";
      });
      shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/** A German phone of 375 × 667 whose pages record their layout shifts from the start. */
async function phoneRecordingShifts(browser: Browser) {
  const context = await browser.newContext({
    locale: "de-DE",
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(recordLayoutShifts);
  return context;
}

const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);

/**
 * The board's parts that are fetched after its first paint (client/core/lazyPart.ts): on a phone on a
 * slow network they arrive after the board shows, so the test makes them: held until it does.
 */
const LATE_PARTS = /\/assets\/(ExportMenu|ColumnControls|AddColumn|ClusterSuggestionsPanel|DndLayer|CardMoveMenu)-/;

describe.skipIf(!hasChromium)("the topic board on a phone (375 × 667)", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  for (const role of ["participant", "moderator"] as const) {
    it(`UI-8 a ${role}'s board does not move when its late parts arrive (CLS < 0.1), and the header leaves three quarters of the first screen to the board`, async () => {
      const { boardId, snapshot, moderatorKey } = await createBoard(server.url, "stammtisch", "Stammtisch Lausitz");
      const columns = columnsIn(snapshot);
      const writer = syncClient(server.url, boardId);
      for (let i = 0; i < 6; i++) {
        void writer.sync.submit(addCardOp(`phone-card-${i}`, columns[i % 2].id, `a${i}`, `Radweg ${i}`));
      }
      await waitForState(writer.sync, (s) => s.pendingCount === 0 && s.status === "online", "cards stored");
      writer.close();

      const context = await phoneRecordingShifts(browser);
      const held: Route[] = [];
      let releasing = false;
      await context.route(LATE_PARTS, (route) => {
        // Held until the board shows; afterwards (a part fetched again) let through.
        if (releasing) void route.continue();
        else held.push(route);
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/b/${boardId}${role === "moderator" ? `#key=${moderatorKey}` : ""}`);
      await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
      await page.getByTestId("column").first().waitFor();
      expect(held.length).toBeGreaterThan(0);

      releasing = true;
      for (const route of held.splice(0)) await route.continue();
      await context.unroute(LATE_PARTS);
      // The late parts are in the page now.
      await page.getByRole("button", { name: "Exportieren" }).waitFor();
      if (role === "moderator") await page.getByTestId("column-controls").first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      const shifts = await layoutShifts(page);
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1);

      const header = await page.locator("header.board-header").boundingBox();
      expect(header?.height, "the header's height").toBeLessThanOrEqual(667 * 0.25);
      // Nothing of the header is cut off or pushes the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await context.close();
    });
  }

  it("UI-8 UI-9 opening the topics, the meetings or the wall moves nothing, even when the view's code comes after the board's data", async () => {
    const stammtisch = await createBoard(server.url, "stammtisch", "Stammtisch Lausitz");
    const columns = columnsIn(stammtisch.snapshot);
    const writer = syncClient(server.url, stammtisch.boardId);
    for (let i = 0; i < 3; i++) {
      void writer.sync.submit(addCardOp(`first-column-${i}`, columns[0].id, `a${i}`, `Solar auf dem Schuldach ${i}`));
    }
    await waitForState(writer.sync, (s) => s.pendingCount === 0 && s.status === "online", "cards stored");
    writer.close();
    const wall = await createBoard(server.url, "vernetzung", "Vernetzung Lausitz");

    const views = [
      { path: `/b/${stammtisch.boardId}`, shown: '[data-testid="column"]' },
      { path: `/b/${stammtisch.boardId}?view=meetings`, shown: '[data-view="meetings"] h2' },
      { path: `/b/${wall.boardId}`, shown: '[data-view="wall"] h2' },
    ];
    for (const view of views) {
      const context = await phoneRecordingShifts(browser);
      // A lazy view's code held until the board's data is in: the order a slow phone may see.
      let dataArrived: () => void = () => undefined;
      const data = new Promise<void>((resolve) => {
        dataArrived = resolve;
      });
      // Its script only: its stylesheet, named in the HTML of ?view=meetings, is needed for the first paint.
      await context.route(/\/assets\/(MeetingsView|NetworkingView)-[^/]*\.js$/, async (route) => {
        await data;
        await route.continue();
      });
      const page = await context.newPage();
      page.on("response", (response) => {
        if (/\/api\/boards\/[^/]+$/.test(new URL(response.url()).pathname)) dataArrived();
      });
      // Not until "load": the page's own preload of a held view (?view=meetings) waits for the data too.
      await page.goto(`${server.url}${view.path}`, { waitUntil: "commit" });
      await page.locator(view.shown).first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await layoutShifts(page), view.path).toEqual([]);
      await context.close();
    }
  });
});
