import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

const BOGUS_KEY = "ein-ausgedachter-schluessel-0000000000000000";

describe.skipIf(!hasChromium)("moderator links", () => {
  const session = browserSessionForThisFile();

  const role = (page: Page) => page.getByTestId("board").getAttribute("data-role");
  const storedKey = (page: Page, boardId: string) =>
    page.evaluate((id) => window.localStorage.getItem(`themenwand:moderatorKey:${id}`), boardId);
  const refusedNotice = (page: Page) => page.getByTestId("link-key-refused").waitFor({ timeout: 10_000 });

  it("AUTH-3 a link with a wrong key never takes the moderator's working key away", async () => {
    const { boardId, participantUrl, moderatorUrl, moderatorKey } = await createBoard(session.server.url);
    const { page, context } = await session.openBoard(moderatorUrl);
    expect(await role(page)).toBe("moderator");
    expect(await storedKey(page, boardId)).toBe(moderatorKey);

    // A participant posts a link with a made-up key; the moderator clicks it in the open tab.
    await page.goto(`${participantUrl}#key=${BOGUS_KEY}`);
    await refusedNotice(page);
    await waitUntilOnline(page);
    expect(await role(page)).toBe("moderator");
    expect(await storedKey(page, boardId)).toBe(moderatorKey);
    expect(page.url()).not.toContain("#key=");

    // The same link opened in a new tab of the same browser.
    const second = await context.newPage();
    await second.goto(`${participantUrl}#key=${BOGUS_KEY}`);
    await refusedNotice(second);
    await waitUntilOnline(second);
    expect(await role(second)).toBe("moderator");
    expect(await storedKey(second, boardId)).toBe(moderatorKey);

    // Someone without a key opening that link gets the board as a participant, and is told why.
    const stranger = await session.openBoard(`${participantUrl}#key=${BOGUS_KEY}`);
    await refusedNotice(stranger.page);
    expect(await role(stranger.page)).toBe("participant");
    expect(await storedKey(stranger.page, boardId)).toBeNull();
  });

  it("AUTH-3 a link's key is kept only once the server accepted it", async () => {
    const { boardId, moderatorUrl, moderatorKey } = await createBoard(session.server.url);
    const { page } = await session.openBoard(moderatorUrl);
    expect(await role(page)).toBe("moderator");
    expect(await storedKey(page, boardId)).toBe(moderatorKey);
    expect(await page.getByTestId("link-key-refused").count()).toBe(0);
  });
});
