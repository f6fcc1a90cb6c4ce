import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BoardSnapshot } from "../../shared/model";
import { cardsIn, createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

describe.skipIf(!hasChromium)("two tabs opened at the same moment on a first visit", () => {
  const session = browserSessionForThisFile();

  const status = (page: Page, status: string) =>
    page.locator(`[data-testid="connection-status"][data-status="${status}"]`).waitFor({ timeout: 15_000 });

  async function storedTitles(boardId: string): Promise<string[]> {
    const response = await fetch(`${session.server.url}/api/boards/${boardId}`);
    return cardsIn((await response.json()) as BoardSnapshot)
      .map((card) => card.content.title)
      .sort();
  }

  async function editOwnCard(page: Page, title: string, newTitle: string) {
    const card = cardByTitle(page, title);
    await card.getByTestId("card-edit").click();
    const editor = page.getByTestId("card-editor");
    await editor.getByLabel("Titel").fill(newTitle);
    await editor.getByRole("button", { name: "Speichern" }).click();
    await cardByTitle(page, newTitle).waitFor();
  }

  it("SYNC-16 AUTH-2 share one author identity: after a reconnect each tab still sees and edits its own card", async () => {
    const { boardId, participantUrl } = await createBoard(session.server.url);
    const context = await session.openContext();
    // Opened at the same moment: the first joins of both tabs reach the server together, before
    // either tab has an author token from an answer.
    const heldJoins: (() => void)[] = [];
    await context.routeWebSocket(/socket\.io/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        if (heldJoins.length < 2 && String(message).includes('"board:join"')) {
          heldJoins.push(() => server.send(message));
          if (heldJoins.length === 2) for (const send of heldJoins) send();
          return;
        }
        server.send(message);
      });
      server.onMessage((message) => socket.send(message));
    });
    const [tabA, tabB] = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all([tabA.goto(participantUrl), tabB.goto(participantUrl)]);
    await Promise.all([waitUntilOnline(tabA), waitUntilOnline(tabB)]);
    await addCard(tabA, 0, "Karte von Tab A");
    await addCard(tabB, 1, "Karte von Tab B");
    await cardByTitle(tabA, "Karte von Tab B").waitFor();

    await session.stopServer();
    await Promise.all([status(tabA, "offline"), status(tabB, "offline")]);
    await session.startServerAgain();
    await Promise.all([waitUntilOnline(tabA), waitUntilOnline(tabB)]);

    // Both cards are this browser's: either tab may edit either of them.
    await editOwnCard(tabA, "Karte von Tab A", "Tab A, bearbeitet");
    await editOwnCard(tabB, "Karte von Tab B", "Tab B, bearbeitet");
    await expect
      .poll(() => storedTitles(boardId), { timeout: 15_000 })
      .toEqual(["Tab A, bearbeitet", "Tab B, bearbeitet"]);
    // The other tab's edit reaches this page live; its card then offers the edit here too.
    const editButtons = (tab: typeof tabA, title: string) => cardByTitle(tab, title).getByTestId("card-edit").count();
    await expect.poll(() => editButtons(tabA, "Tab B, bearbeitet"), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => editButtons(tabB, "Tab A, bearbeitet"), { timeout: 10_000 }).toBe(1);
  });
});
