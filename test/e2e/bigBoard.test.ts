import { generateNKeysBetween } from "fractional-indexing";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addCardOp, moderator } from "../helpers/fixtures";
import { columnsIn, createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, column, titlesIn } from "./boardActions";
import { hasChromium } from "./browser";
import { dragByMouse } from "./mouseDrag";
import { browserSessionForThisFile } from "./session";

const CARDS = 5_000;
const titleOf = (index: number) => `Karte ${String(index + 1).padStart(4, "0")}`;

describe.skipIf(!hasChromium)("a board with thousands of cards in Chromium", () => {
  const session = browserSessionForThisFile();
  const openBoard = session.openBoard;

  /** 5,000 cards dealt over the board's columns in one transaction, straight into the store. */
  async function seed(boardId: string, columnIds: string[]): Promise<string[][]> {
    const titles: string[][] = columnIds.map(() => []);
    for (let i = 0; i < CARDS; i++) titles[i % columnIds.length].push(titleOf(i));
    const requests = columnIds.flatMap((columnId, c) => {
      const ranks = generateNKeysBetween(null, null, titles[c].length);
      return titles[c].map((title, i) => ({
        boardId,
        opId: `seed-op-${c}-${String(i).padStart(5, "0")}`,
        op: addCardOp(`big-card-${c}-${String(i).padStart(5, "0")}`, columnId, ranks[i], title),
        actor: moderator,
      }));
    });
    const answers = await session.server.store.commit(requests, Date.now());
    expect(answers.every((answer) => answer.ok)).toBe(true);
    return titles;
  }

  const cardCount = (page: Page) => page.getByTestId("card").count();

  it("SYNC-2 UI-2 a board with 5,000 cards shows them all, scrolls, and still takes a live card", async () => {
    const { boardId, moderatorUrl, participantUrl, snapshot } = await createBoard(session.server.url);
    const columnIds = columnsIn(snapshot).map((c) => c.id);
    const titles = await seed(boardId, columnIds);

    // Every card is in the page (for find-in-page and screen readers), not only the visible ones.
    const desk = await openBoard(moderatorUrl);
    await expect.poll(() => cardCount(desk.page), { timeout: 30_000 }).toBe(CARDS);
    expect(await column(desk.page, 0).getByTestId("column-count").textContent()).toBe(`${titles[0].length} Karten`);

    // The last card of the first column is reached by scrolling, and shows its text there.
    const last = titles[0].at(-1) as string;
    await cardByTitle(desk.page, last).scrollIntoViewIfNeeded();
    await expect.poll(() => cardByTitle(desk.page, last).isVisible()).toBe(true);
    const box = await cardByTitle(desk.page, last).boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    expect(await cardByTitle(desk.page, last).getByTestId("card-title").textContent()).toBe(last);
    await scrollToTop(desk.page);

    // A participant on a phone posts a card; the desk sees it live among the 5,000.
    const phone = await openBoard(participantUrl, { width: 375, height: 740 });
    await expect.poll(() => cardCount(phone.page), { timeout: 30_000 }).toBe(CARDS);
    await addCard(phone.page, 2, "Nachzügler vom Handy", "kommt live an", "Pia");
    const arrived = cardByTitle(desk.page, "Nachzügler vom Handy");
    await arrived.waitFor({ state: "attached", timeout: 10_000 });
    expect(await cardCount(desk.page)).toBe(CARDS + 1);
    expect((await titlesIn(desk.page, 2)).at(-1)).toBe("Nachzügler vom Handy");
    await arrived.scrollIntoViewIfNeeded();
    expect(await arrived.getByTestId("card-author").textContent()).toBe("Pia");

    // Keyboard moves still work, keep the focus on the card, and reach the phone.
    await scrollToTop(desk.page);
    const first = titles[0][0];
    await cardByTitle(desk.page, first).focus();
    await desk.page.keyboard.press("Alt+ArrowDown");
    await expect
      .poll(async () => (await titlesIn(desk.page, 0)).slice(0, 3))
      .toEqual([titles[0][1], first, titles[0][2]]);
    await expect.poll(async () => (await titlesIn(phone.page, 0)).slice(0, 2)).toEqual([titles[0][1], first]);
    expect(await desk.page.evaluate(() => document.activeElement?.getAttribute("data-card-title"))).toBe(first);
    await desk.page.keyboard.press("Alt+ArrowRight");
    await expect
      .poll(async () => (await titlesIn(phone.page, 1)).slice(0, 3))
      .toEqual([titles[1][0], first, titles[1][1]]);
    expect(await desk.page.evaluate(() => document.activeElement?.getAttribute("data-card-title"))).toBe(first);
    expect(await desk.page.getByTestId("announcer").textContent()).toContain(first);

    // Drag and drop still works: the visible cards take part in it.
    const [t1, t2, t3] = titles[0].slice(1, 4);
    // In the middle of the screen, outside dnd-kit's autoscroll zone at its edges (whatever sits above
    // the columns: the moderators' voting bar pushed these cards into it).
    await cardByTitle(desk.page, t2).evaluate((card) => card.scrollIntoView({ block: "center" }));
    await dragByMouse(desk.page, cardByTitle(desk.page, t3), cardByTitle(desk.page, t1));
    await expect.poll(async () => (await titlesIn(phone.page, 0)).slice(0, 3)).toEqual([t3, t1, t2]);

    for (const tab of [desk, phone]) {
      expect(tab.errors).toEqual([]);
      expect(tab.foreignRequests).toEqual([]);
    }
  });
});

/**
 * Wheels up until the page is at its top. Cards above get their real height while they come into
 * view, and the browser keeps what is on screen in place, so one big turn of the wheel may not do.
 */
async function scrollToTop(page: Page) {
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, -100_000);
        return page.evaluate(() => window.scrollY);
      },
      { timeout: 10_000 },
    )
    .toBe(0);
}
