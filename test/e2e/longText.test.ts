import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/limits";
import { columnsIn, createBoard } from "../helpers/testServer";
import { cardByTitle } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** Words without a single space: what a pasted address or a prank looks like. */
const longTitle = "Strukturwandel".repeat(20).slice(0, LIMITS.cardTitle);
const longName = "Wortgebirge".repeat(10).slice(0, LIMITS.authorName);
const longBoardTitle = "Netzwerktreffen".repeat(20).slice(0, LIMITS.boardTitle);

async function postCard(url: string, boardId: string, columnId: string) {
  const response = await fetch(`${url}/api/boards/${boardId}/cards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      columnId,
      authorName: longName,
      content: { kind: "topic", title: longTitle, body: "x".repeat(300), link: null },
    }),
  });
  expect(response.status).toBe(201);
}

/** Pixels by which any card's content sticks out of the card, and columns overlap each other. */
function overflowOnPage(page: Page) {
  return page.evaluate(() => {
    const outside: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid="card"]')) {
      const box = card.getBoundingClientRect();
      for (const part of card.querySelectorAll<HTMLElement>("*")) {
        const inner = part.getBoundingClientRect();
        if (inner.width > 0 && (inner.right > box.right + 0.5 || inner.left < box.left - 0.5)) {
          outside.push(part.getAttribute("data-testid") ?? part.className);
        }
      }
    }
    const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="column"]')].map((c) =>
      c.getBoundingClientRect(),
    );
    const intersect = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const overlaps = columns.slice(1).filter((box, index) => intersect(box, columns[index])).length;
    return { outside, overlaps, pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
  });
}

describe.skipIf(!hasChromium)("long words from users", () => {
  const session = browserSessionForThisFile();

  it("UI-6 a long unbroken title and name wrap inside their card and column, on a desktop and at 375 px", async () => {
    const { boardId, participantUrl, snapshot } = await createBoard(session.server.url, "stammtisch", longBoardTitle);
    await postCard(session.server.url, boardId, columnsIn(snapshot)[0].id);

    for (const width of [1280, 375]) {
      const { page } = await session.openBoard(participantUrl, { width, height: 800 });
      await cardByTitle(page, longTitle).waitFor();
      const found = await overflowOnPage(page);
      expect(found.outside, `at ${width} px`).toEqual([]);
      expect(found.overlaps, `at ${width} px`).toBe(0);
      expect(found.pageOverflow, `at ${width} px`).toBeLessThanOrEqual(0);
    }
  });

  it("UI-6 text from users is isolated, so a right-to-left name cannot reorder the text around it", async () => {
    const { boardId, participantUrl, snapshot } = await createBoard(session.server.url);
    await postCard(session.server.url, boardId, columnsIn(snapshot)[0].id);
    const { page } = await session.openBoard(participantUrl);
    const card = cardByTitle(page, longTitle);
    await card.waitFor();
    for (const testId of ["card-title", "card-author", "card-body"]) {
      const bidi = await card.getByTestId(testId).evaluate((element) => getComputedStyle(element).unicodeBidi);
      expect(bidi, testId).toBe("isolate");
    }
  });
});
