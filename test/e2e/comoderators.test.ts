import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { column, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

const PHONE = { width: 375, height: 740 };

describe.skipIf(!hasChromium)("moderators themselves", () => {
  const session = browserSessionForThisFile();

  const role = (page: Page) => page.getByTestId("board").getAttribute("data-role");
  const axeOf = async (page: Page, include?: string) => {
    const builder = new AxeBuilder({ page });
    return (await (include ? builder.include(include) : builder).analyze()).violations;
  };
  const openLinks = async (page: Page) => {
    await page.getByRole("button", { name: "Moderation teilen" }).click();
    const dialog = page.getByTestId("moderator-links");
    await dialog.waitFor();
    return dialog;
  };
  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it("COMOD-1 COMOD-2 COMOD-3 COMOD-5 a moderator copies the link, invites a co-moderator who moderates, then revokes them; axe-clean at 375 px", async () => {
    const { boardId, moderatorKey, moderatorUrl } = await createBoard(session.server.url);
    const moderator = await session.openBoard(moderatorUrl, PHONE);
    await moderator.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = moderator.page;

    // COMOD-1: the key left the address bar, but the board offers the link again.
    expect(page.url()).not.toContain(moderatorKey);
    const dialog = await openLinks(page);
    const link = await dialog.getByTestId("moderator-link").inputValue();
    expect(link.endsWith(`/b/${boardId}#key=${moderatorKey}`)).toBe(true);
    await dialog.getByRole("button", { name: "Moderationslink kopieren" }).click();
    await dialog.getByText("Kopiert").first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // COMOD-2: a named link of its own, listed with its time.
    await dialog.getByLabel("Für wen ist der Link?").fill("Ada Co");
    await dialog.getByRole("button", { name: "Link erstellen" }).click();
    const invite = dialog.getByTestId("invite").filter({ hasText: "Ada Co" });
    await invite.getByTestId("invite-link").waitFor();
    const inviteLink = await invite.getByTestId("invite-link").inputValue();
    expect(inviteLink).toContain(`/b/${boardId}#key=`);
    expect(inviteLink).not.toContain(moderatorKey);
    expect(await axeOf(page, "dialog[open]")).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
    await dialog.getByRole("button", { name: "Schließen" }).click();

    // The co-moderator opens their link in a browser of their own and moderates.
    const co = await session.openBoard(inviteLink, PHONE);
    expect(await role(co.page)).toBe("moderator");
    const coDialog = await openLinks(co.page);
    expect(await coDialog.getByLabel("Dein Co-Moderationslink").inputValue()).toBe(inviteLink);
    expect(await coDialog.getByRole("button", { name: "Link erstellen" }).count()).toBe(0);
    await coDialog.getByRole("button", { name: "Schließen" }).click();
    await column(co.page, 0).getByRole("button", { name: "Spalte bearbeiten" }).click();
    const editForm = co.page.getByTestId("edit-column-form");
    await editForm.getByLabel("Spaltentitel").fill("Von Ada umbenannt");
    await editForm.getByRole("button", { name: "Speichern" }).click();
    await page.locator('[data-testid="column"][data-column-title="Von Ada umbenannt"]').waitFor();

    // COMOD-3, COMOD-5: revoked, the co-moderator's page is no moderator's page any more, at once.
    const again = await openLinks(page);
    await again.getByRole("button", { name: "Link für Ada Co zurückziehen" }).click();
    await again.getByTestId("invites-empty").waitFor();
    const failure = co.page.getByTestId("board-failure");
    await failure.waitFor({ timeout: 10_000 });
    expect(await failure.getAttribute("data-code")).toBe("forbidden");
    expect(await axeOf(co.page)).toEqual([]);
    await co.page.getByRole("button", { name: "Als Teilnehmende öffnen" }).click();
    await waitUntilOnline(co.page);
    expect(await role(co.page)).toBe("participant");
    expect(await co.page.getByRole("button", { name: "Spalte bearbeiten" }).count()).toBe(0);
    // Reloaded with the revoked link, the page is refused too.
    await co.page.goto(inviteLink);
    await co.page.getByTestId("link-key-refused").waitFor({ timeout: 10_000 });
    expect(await role(co.page)).toBe("participant");
    expect(co.errors).toEqual([]);
    expect(moderator.errors).toEqual([]);
  });

  it("COMOD-6 PRES-3 the moderator previews the board as a participant, which the server treats as one", async () => {
    const { boardId, moderatorKey, moderatorUrl } = await createBoard(session.server.url);
    const moderator = await session.openBoard(moderatorUrl, PHONE);
    const dialog = await openLinks(moderator.page);
    const [preview] = await Promise.all([
      moderator.context.waitForEvent("page"),
      dialog.getByRole("link", { name: "Als Teilnehmende ansehen" }).click(),
    ]);
    await waitUntilOnline(preview);
    expect(await role(preview)).toBe("participant");
    await preview.getByTestId("preview-notice").waitFor();
    expect(await preview.getByRole("button", { name: "Spalte bearbeiten" }).count()).toBe(0);
    expect(await preview.getByRole("button", { name: "Moderation teilen" }).count()).toBe(0);
    // The browser holds the moderator key, yet the server answered the join as a participant's.
    expect(await preview.evaluate((id) => window.localStorage.getItem(`themenwand:moderatorKey:${id}`), boardId)).toBe(
      moderatorKey,
    );
    expect(await axeOf(preview)).toEqual([]);
    // The moderator's tab stays a moderator's, and keeps its key; the two tabs are one person here.
    expect(await role(moderator.page)).toBe("moderator");
    await expect
      .poll(() => moderator.page.getByTestId("presence").getAttribute("data-count"), { timeout: 10_000 })
      .toBe("1");
  });
});
