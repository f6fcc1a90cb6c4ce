import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../../shared/templates";
import { seedBusinessCard } from "../helpers/businessCards";
import { createBoard } from "../helpers/testServer";
import { axeViolations } from "./axe";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

const names = (page: Page) =>
  page.getByTestId("business-card").evaluateAll((items) => items.map((item) => item.getAttribute("data-card-name")));

/** Words of every tag that the browser laid out over more than one line (a word broken in the middle). */
const brokenTagWords = (page: Page) =>
  page.locator(".wall-tag").evaluateAll((tags) =>
    tags.flatMap((tag) => {
      const text = tag.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const broken: string[] = [];
      for (const match of (text.textContent ?? "").matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
      return broken;
    }),
  );

const TOPICS = ["Bürgerbeteiligung", "Energiegenossenschaften", "Klimaanpassung", "Strukturwandel in der Lausitz"];

describe.skipIf(!hasChromium)("the wall for organisers in Chromium (NET-10, NET-11, NET-UI-10)", () => {
  const session = browserSessionForThisFile();

  it("NET-10 NET-11 'muller' finds Müller, 'ozlem' Özlem; the region filter and the card form offer the board's list", async () => {
    const { participantUrl, boardId } = await createBoard(session.server.url, "vernetzung");
    const url = session.server.url;
    await seedBusinessCard(url, boardId, { name: "Jana Müller", region: "Görlitz" });
    await seedBusinessCard(url, boardId, { name: "Özlem Yılmaz", region: "cottbus" });
    await seedBusinessCard(url, boardId, { name: "Tom Mueller", region: "Landkreis Bautzen" });
    await seedBusinessCard(url, boardId, { name: "Anna Quelle" });
    const { page } = await session.openBoard(`${participantUrl.split("#")[0]}?view=wall`, { width: 375, height: 800 });
    await page.getByTestId("business-card").nth(3).waitFor({ timeout: 10_000 });

    const search = page.getByTestId("filter-text");
    await search.fill("muller");
    await expect.poll(() => names(page)).toEqual(["Jana Müller"]);
    await search.fill("mueller");
    await expect.poll(() => names(page)).toEqual(["Jana Müller", "Tom Mueller"]);
    await search.fill("OZLEM");
    await expect.poll(() => names(page)).toEqual(["Özlem Yılmaz"]);
    await search.fill("");

    // The board's list, every entry, even one no card names yet; "cottbus" became the list's "Cottbus".
    const options = await page
      .getByTestId("filter-region")
      .locator("option")
      .evaluateAll((items) => items.map((item) => item.textContent));
    const regions = [...TEMPLATES.vernetzung.wall.regions].sort((a, b) => a.localeCompare(b, "de"));
    expect(options.slice(1).sort((a, b) => (a ?? "").localeCompare(b ?? "", "de"))).toEqual(regions);
    await page.getByTestId("filter-region").selectOption("Cottbus");
    await expect.poll(() => names(page)).toEqual(["Özlem Yılmaz"]);
    await page.getByTestId("filter-region").selectOption("");

    // Publishing: the region is a choice from the same list, by keyboard.
    await page.getByTestId("card-publish").click();
    const region = page.getByTestId("card-form").getByLabel("Region (Landkreis oder Ort, optional)");
    expect(await region.evaluate((element) => element.tagName)).toBe("SELECT");
    expect(await region.locator("option").count()).toBe(regions.length + 1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("NET-UI-10 on a 1920 px screen the wall uses the width, and no tag is broken in the middle of a word", async () => {
    const { participantUrl, boardId } = await createBoard(session.server.url, "vernetzung");
    const url = session.server.url;
    for (const name of ["Carla Schulz", "Dirk Lehmann", "Emil Nowak", "Frieda Krüger", "Greta Hoffmann", "Hans Wolf"]) {
      await seedBusinessCard(url, boardId, {
        name,
        region: "Landkreis Oberspreewald-Lausitz",
        fieldsOfWork: ["Energie und Klima", "Kultur"],
        topics: TOPICS,
        offers: "Moderation von Beteiligungsformaten",
      });
    }
    const { page } = await session.openBoard(`${participantUrl.split("#")[0]}?view=wall`, {
      width: 1920,
      height: 1080,
    });
    await page.getByTestId("business-card").nth(5).waitFor({ timeout: 10_000 });
    const grid = await page.getByTestId("wall-grid").boundingBox();
    expect(grid).not.toBeNull();
    // Today 1,470 px of 1,920: the grid spans the screen but for the page's margins.
    expect(grid?.width ?? 0).toBeGreaterThanOrEqual(1920 - 2 * 48);
    const cardsInFirstRow = await page.getByTestId("business-card").evaluateAll((cards) => {
      const top = Math.round(cards[0].getBoundingClientRect().top);
      return cards.filter((card) => Math.round(card.getBoundingClientRect().top) === top).length;
    });
    expect(cardsInFirstRow).toBeGreaterThanOrEqual(5);
    expect(await brokenTagWords(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // And on a phone, too: tags wrap between words, never inside one.
    const { page: phone } = await session.openBoard(`${participantUrl.split("#")[0]}?view=wall`, {
      width: 375,
      height: 800,
    });
    await phone.getByTestId("business-card").nth(5).waitFor({ timeout: 10_000 });
    expect(await brokenTagWords(phone)).toEqual([]);
  });
});
