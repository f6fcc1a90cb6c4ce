import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BoardSnapshot } from "../../shared/model";
import { cardsIn, createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

describe.skipIf(!hasChromium)("edits made offline", () => {
  const session = browserSessionForThisFile();

  async function storedBody(boardId: string): Promise<string | undefined> {
    const response = await fetch(`${session.server.url}/api/boards/${boardId}`);
    return cardsIn((await response.json()) as BoardSnapshot)[0]?.content.body;
  }

  async function editBody(page: Page, title: string, body: string) {
    await cardByTitle(page, title).getByTestId("card-edit").click();
    const editor = page.getByTestId("card-editor");
    await editor.getByLabel("Text (optional)").fill(body);
    await editor.getByRole("button", { name: "Speichern" }).click();
    await editor.waitFor({ state: "detached" });
  }

  it("SYNC-9 CARD-3 two saves offline meet someone else's save: both keep their words", async () => {
    const { boardId, participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const author = await session.openBoard(participantUrl);
    const moderator = await session.openBoard(moderatorUrl);
    await addCard(author.page, 0, "Wärmeplanung", "Erste Fassung", "Ada");
    await cardByTitle(moderator.page, "Wärmeplanung").waitFor();

    await author.context.setOffline(true);
    await author.page.locator('[data-testid="connection-status"][data-status="offline"]').waitFor();
    await editBody(author.page, "Wärmeplanung", "Meine erste Überarbeitung");
    await editBody(author.page, "Wärmeplanung", "Meine zweite Überarbeitung");
    await editBody(moderator.page, "Wärmeplanung", "Fassung der Moderation");
    await expect.poll(() => storedBody(boardId)).toBe("Fassung der Moderation");

    await author.context.setOffline(false);
    await waitUntilOnline(author.page);
    // The author is shown the other version, with their newest words kept in the form.
    const editor = author.page.getByTestId("card-editor");
    await author.page.getByTestId("conflict").waitFor();
    expect(await author.page.getByTestId("conflict-current").textContent()).toContain("Fassung der Moderation");
    expect(await editor.getByLabel("Text (optional)").inputValue()).toBe("Meine zweite Überarbeitung");
    await author.page.locator('[data-testid="pending-count"]').waitFor({ state: "detached" });
    expect(await storedBody(boardId)).toBe("Fassung der Moderation");

    await editor.getByLabel("Text (optional)").fill("Fassung der Moderation\n\nMeine zweite Überarbeitung");
    await editor.getByRole("button", { name: "Meine Fassung speichern" }).click();
    await cardByTitle(moderator.page, "Wärmeplanung").getByText("Meine zweite Überarbeitung").waitFor();
    expect(await storedBody(boardId)).toBe("Fassung der Moderation\n\nMeine zweite Überarbeitung");
  });
});
