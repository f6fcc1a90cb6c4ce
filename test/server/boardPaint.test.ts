import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { qrPath } from "../../client/core/ui/QrCode";
import { PAINTED_RECORDS_MAX } from "../../server/http/boardPaint";
import { AFTER_PAINT_MARK, BOARD_PAINT_MARK } from "../../shared/boardPaint";
import { pageWithHost } from "../helpers/pageWithHost";
import { cardsIn, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

// The real build (npm test runs `npm run build` first), as the server serves it.
const server = serverForThisFile({
  clientDir: "dist",
  limits: { restWritesPerMinute: 100_000, restReadsPerMinute: 100_000 },
});
const page = async (path: string, headers: Record<string, string> = {}) =>
  (await fetch(`${server().url}${path}`, { headers })).text();
/** What the served HTML shows inside #root before any code runs. */
const firstPaintOf = (html: string) => /<div id="root">(.*)<\/div>\s*<noscript>/s.exec(html)?.[1] ?? "";
const painted = (html: string) =>
  firstPaintOf(html).startsWith(`<fieldset class="first-paint" disabled ${BOARD_PAINT_MARK}>`);
const headOf = (html: string) => html.slice(0, html.indexOf("</head>"));

async function boardWithCard(title: string) {
  const board = await createBoard(server().url, "stammtisch", `Board ${title}`);
  const columnId = columnsIn(board.snapshot)[0]?.id;
  const response = await postCard(board.boardId, columnId, title);
  expect(response.status).toBe(201);
  return board;
}

const postCard = (boardId: string, columnId: string | undefined, title: string) =>
  fetch(`${server().url}/api/boards/${boardId}/cards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ columnId, content: { kind: "topic", title } }),
  });

describe("HTTP-7 a board page shows its board before its code runs", () => {
  it("HTTP-7 the page's HTML holds the board's columns and cards, marked as the board's own paint, without test ids", async () => {
    const { boardId, snapshot } = await boardWithCard("Solar auf dem Schuldach");
    const html = await page(`/b/${boardId}`, { "accept-language": "de-DE" });
    expect(painted(html)).toBe(true);
    const paint = firstPaintOf(html);
    expect(paint).toContain("Solar auf dem Schuldach");
    for (const column of columnsIn(snapshot)) expect(paint).toContain(column.title.replaceAll("&", "&amp;"));
    expect(paint).toContain('data-role="participant"');
    // Test ids mark the live page: a test that waits for one waits for the code to take over.
    expect(paint).not.toContain("data-testid");
  });

  it("HTTP-7 its code is fetched after the paint: the preloads wait in an inert template, the stylesheets do not", async () => {
    const { boardId } = await boardWithCard("Rufbus am Wochenende");
    const head = headOf(await page(`/b/${boardId}`));
    const template = new RegExp(`<template ${AFTER_PAINT_MARK}>(.*?)</template>`, "s").exec(head);
    expect(template?.[1]).toMatch(/^(<link rel="modulepreload" crossorigin fetchpriority="low" href="[^"]+">)+$/);
    expect(head.replace(template?.[0] ?? "", "")).not.toContain("modulepreload");
    expect(head).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/board-[^"]+\.css">/);
    // A page that paints no board keeps its preloads, so that its code comes as soon as it can (HTTP-5).
    expect(headOf(await page("/b/noSuchBoard123"))).not.toContain("<template");
    expect(headOf(await page("/b/noSuchBoard123"))).toContain("modulepreload");
  });

  it("HTTP-7 the view the address asks for, in the browser's language", async () => {
    const { boardId } = await boardWithCard("Repair-Café");
    const meetings = firstPaintOf(await page(`/b/${boardId}?view=meetings`, { "accept-language": "en-GB" }));
    expect(meetings).toContain('data-view="meetings"');
    expect(meetings).toContain('aria-selected="true" aria-controls="board-panel-meetings"');
    expect(meetings).toContain("Meetings");
    expect(meetings).not.toContain('data-view="columns"');
    const columns = firstPaintOf(await page(`/b/${boardId}?view=nonsense`, { "accept-language": "de" }));
    expect(columns).toContain('data-view="columns"');
    expect(columns).toContain("Repair-Café");
    const wall = await createBoard(server().url, "vernetzung", "Vernetzung");
    expect(firstPaintOf(await page(`/b/${wall.boardId}`))).toContain('data-view="wall"');
  });

  it("HTTP-7 a change shows in the next page's paint: a paint is kept for one revision only", async () => {
    const { boardId, snapshot } = await boardWithCard("Erste Karte");
    expect(firstPaintOf(await page(`/b/${boardId}`))).not.toContain("Zweite Karte");
    expect((await postCard(boardId, columnsIn(snapshot)[1]?.id, "Zweite Karte")).status).toBe(201);
    expect(firstPaintOf(await page(`/b/${boardId}`))).toContain("Zweite Karte");
  });

  it("HTTP-7 a participant's words are text in the paint, never markup", async () => {
    const hostile = `<img src=x onerror="alert(1)"> & </fieldset><script>alert(2)</script>`;
    const { boardId } = await boardWithCard(hostile);
    const paint = firstPaintOf(await page(`/b/${boardId}`));
    expect(paint).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/fieldset&gt;&lt;script&gt;");
    expect(paint).not.toContain("<img src=x");
    expect(paint).not.toContain("<script>");
  });

  it("HTTP-7 no board paint for a board that does not exist, a links-only board (LINK-7), a big board, or the projector", async () => {
    const loading = (html: string) => firstPaintOf(html).includes('data-testid="board-loading"');
    expect(loading(await page("/b/noSuchBoard123"))).toBe(true);

    const closed = await boardWithCard("Nur mit Link");
    const linksOnly = await fetch(`${server().url}/api/boards/${closed.boardId}/ops`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-moderator-key": closed.moderatorKey },
      body: JSON.stringify({ op: { type: "moderation.linksOnly", on: true } }),
    });
    expect(linksOnly.status).toBe(201);
    const closedPage = await page(`/b/${closed.boardId}`);
    expect(painted(closedPage)).toBe(false);
    expect(closedPage).not.toContain("Nur mit Link");

    const big = await boardWithCard("Karte 0");
    const columnId = columnsIn(big.snapshot)[0]?.id;
    const records = big.snapshot.records.length + 1;
    for (let start = records; start <= PAINTED_RECORDS_MAX; start += 25) {
      const batch = Array.from({ length: Math.min(25, PAINTED_RECORDS_MAX + 1 - start) }, (_, i) => start + i);
      await Promise.all(batch.map((n) => postCard(big.boardId, columnId, `Karte ${n}`)));
    }
    const snapshot = await (await fetch(`${server().url}/api/boards/${big.boardId}`)).json();
    expect(snapshot.records.length).toBe(PAINTED_RECORDS_MAX + 1);
    expect(cardsIn(snapshot).length).toBeGreaterThan(PAINTED_RECORDS_MAX - 10);
    expect(loading(await page(`/b/${big.boardId}`))).toBe(true);

    const projector = await page(`/b/${closed.boardId.replace(/.$/, "")}x/projector`);
    expect(painted(projector)).toBe(false);
    const shown = await boardWithCard("Auf der Leinwand");
    expect(painted(await page(`/b/${shown.boardId}/projector`))).toBe(false);
  });

  it("HTTP-7 the origin a request names goes into its own page only, escaped", async () => {
    const { boardId } = await boardWithCard("Leerstand im Zentrum");
    const hostile = 'evil.example"><b>x';
    const forged = firstPaintOf(await pageWithHost(server().url, `/b/${boardId}?view=meetings`, hostile));
    expect(forged).toContain("http://evil.example&quot;&gt;&lt;b&gt;x/api/boards/");
    expect(forged).not.toContain("<b>x");
    const plain = firstPaintOf(await page(`/b/${boardId}?view=meetings`));
    expect(plain).not.toContain("evil.example");
    expect(plain).toContain(`${server().url}/api/boards/${boardId}/meetings.ics`);
  });

  it("HTTP-7 VIEW-5 a wall's QR code in the paint encodes the address its own page was asked at", async () => {
    const wall = await createBoard(server().url, "vernetzung", "Vernetzung Lausitz");
    const asked = [
      { origin: server().url, html: await page(`/b/${wall.boardId}`) },
      {
        origin: "http://lan.example:3000",
        html: await pageWithHost(server().url, `/b/${wall.boardId}`, "lan.example:3000"),
      },
    ];
    for (const { origin, html } of asked) {
      const qr = /<svg[^>]*data-qr="([^"]*)"[^>]*>.*?<path d="([^"]*)"/.exec(firstPaintOf(html));
      const url = `${origin}/b/${wall.boardId}`;
      expect(qr?.[1]).toBe(url);
      expect(qr?.[2]).toBe(qrPath(encode(url, { ecc: "M", border: 4 }).data));
    }
  });

  it("HTTP-7 OPS-5 a deleted board's page paints nothing of it", async () => {
    const { boardId, moderatorKey } = await boardWithCard("Bald gelöscht");
    expect(firstPaintOf(await page(`/b/${boardId}`))).toContain("Bald gelöscht");
    const deleted = await fetch(`${server().url}/api/boards/${boardId}`, {
      method: "DELETE",
      headers: { "x-moderator-key": moderatorKey },
    });
    expect(deleted.ok).toBe(true);
    const html = await page(`/b/${boardId}`);
    expect(painted(html)).toBe(false);
    expect(html).not.toContain("Bald gelöscht");
  });
});
