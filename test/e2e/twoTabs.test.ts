import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BoardSnapshot } from "../../shared/model";
import { cardsIn, createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

describe.skipIf(!hasChromium)("two tabs of one browser on one board", () => {
  const session = browserSessionForThisFile();

  const offline = (page: Page) =>
    page.locator('[data-testid="connection-status"][data-status="offline"]').waitFor({ timeout: 15_000 });

  async function storedTitles(boardId: string): Promise<string[]> {
    const response = await fetch(`${session.server.url}/api/boards/${boardId}`);
    const snapshot = (await response.json()) as BoardSnapshot;
    return cardsIn(snapshot)
      .map((card) => card.content.title)
      .sort();
  }

  it("SYNC-11 both tabs queue changes offline and close; reopening sends every one exactly once", async () => {
    const { boardId, participantUrl } = await createBoard(session.server.url);
    const { page: tabA, context } = await session.openBoard(participantUrl);
    const tabB = await context.newPage();
    await tabB.goto(participantUrl);
    await waitUntilOnline(tabB);

    await session.stopServer();
    await offline(tabA);
    await offline(tabB);
    await addCard(tabA, 0, "Tab A eins");
    // The other open tab picks up what this one queued (the storage event) and shows it too.
    await cardByTitle(tabB, "Tab A eins").waitFor();
    await addCard(tabB, 1, "Tab B eins");
    await addCard(tabA, 2, "Tab A zwei");
    await addCard(tabB, 3, "Tab B zwei");
    await tabA.close();
    await tabB.close();

    await session.startServerAgain();
    const reopened = await context.newPage();
    await reopened.goto(participantUrl);
    await waitUntilOnline(reopened);
    const all = ["Tab A eins", "Tab A zwei", "Tab B eins", "Tab B zwei"];
    await expect.poll(() => storedTitles(boardId), { timeout: 15_000 }).toEqual(all);
    await reopened.locator('[data-testid="pending-count"]').waitFor({ state: "detached" });
    expect(await storedTitles(boardId)).toEqual(all);
    expect(
      await reopened.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("themenwand:op:"))),
    ).toEqual([]);
  });
});
