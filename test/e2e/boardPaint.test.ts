import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnsIn, createBoard, startTestServer, type TestServer } from "../helpers/testServer";
import { addCard, cardByTitle } from "./boardActions";
import { hasChromium, launchChromium, openPage } from "./browser";

type Shift = { value: number };

/** Layout shifts from the very start of the page, as Chromium reports them. */
const RECORD_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value });
  }).observe({ type: "layout-shift", buffered: true });
`;

describe.skipIf(!hasChromium)("HTTP-7 a board page shows its board before its code runs", () => {
  let server: TestServer;
  let browser: Browser;
  let boardId: string;
  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
    browser = await launchChromium();
    const board = await createBoard(server.url, "stammtisch", "Stammtisch Lausitz");
    boardId = board.boardId;
    const response = await fetch(`${server.url}/api/boards/${boardId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        columnId: columnsIn(board.snapshot)[0].id,
        content: { kind: "topic", title: "Solar auf dem Schuldach", body: "Der Förderverein sammelt schon." },
      }),
    });
    expect(response.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it("HTTP-7 without any code, a phone shows the board's columns and cards, and takes no input there", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: "de-DE",
      viewport: { width: 375, height: 667 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/b/${boardId}`);
    await expect(page.getByRole("heading", { name: "Stammtisch Lausitz", level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("Solar auf dem Schuldach").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Der Förderverein sammelt schon.").isVisible()).resolves.toBe(true);
    const addCard = page.getByRole("button", { name: "Karte hinzufügen" }).first();
    await expect(addCard.isVisible()).resolves.toBe(true);
    await expect(addCard.isDisabled()).resolves.toBe(true);
    await context.close();
  });

  it("HTTP-7 with its code, the page fetches it after the paint and takes over the same board: nothing moves, nothing is lost", async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser, { width: 375, height: 667 });
    await context.addInitScript(RECORD_SHIFTS);
    await page.goto(`${server.url}/b/${boardId}`);
    await page.locator("#root > .first-paint").waitFor({ state: "detached" });
    await page.getByTestId("board").waitFor();
    // The live board, once: the served paint gave way to it, and it takes input.
    await expect(page.getByText("Solar auf dem Schuldach").count()).resolves.toBe(1);
    await expect(page.getByTestId("add-card-button").first().isEnabled()).resolves.toBe(true);
    await addCard(page, 0, "Rufbus am Wochenende");
    await cardByTitle(page, "Rufbus am Wochenende").waitFor();

    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      boot: performance.getEntriesByType("resource").find((entry) => /\/assets\/boot-/.test(entry.name))?.startTime,
    }));
    // The app's code was asked for once the board was on screen (HTTP-7), not with the HTML.
    expect(timing.boot).toBeGreaterThanOrEqual(timing.paint);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    expect(shifts).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it("HTTP-7 the wall's QR code is taken from the server's paint, not encoded a second time", async () => {
    const wall = await createBoard(server.url, "vernetzung", "Vernetzung Lausitz");
    // A mark instead of the painted code's modules, put in as the HTML is parsed: the live page shows
    // it only if it took the paint's.
    const MARK = "M0 0h1v1h-1z";
    const { page, context, errors } = await openPage(browser, { width: 375, height: 667 });
    await context.addInitScript(`
      new MutationObserver((changes, observer) => {
        const painted = document.querySelector("[data-board-paint] svg[data-qr] path");
        if (!painted) return;
        painted.setAttribute("d", ${JSON.stringify(MARK)});
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto(`${server.url}/b/${wall.boardId}`);
    await page.getByTestId("wall").waitFor();
    const qr = page.getByTestId("wall").getByTestId("qr-code");
    await expect(qr.getAttribute("data-qr")).resolves.toBe(`${server.url}/b/${wall.boardId}`);
    await expect(qr.locator("path").getAttribute("d")).resolves.toBe(MARK);
    // Where the server painted nothing (the QR dialog), the browser encodes the code itself.
    await page.getByTestId("qr-open").click();
    const drawn = await page.getByTestId("qr-dialog").getByTestId("qr-code").locator("path").getAttribute("d");
    expect(drawn?.length).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
