import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function openSettings(page: Page) {
  const settings = page.getByTestId("moderation-settings");
  if (!(await settings.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await settings.locator("summary").click();
  }
  return settings;
}

describe.skipIf(!hasChromium)("moderation in Chromium (MOD-1, MOD-3, MOD-6)", () => {
  const session = browserSessionForThisFile();

  it("MOD-1 MOD-6 with approval on, a participant's card waits; the moderator approves it from the queue and the other browser shows it", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "stammtisch", "Werkstatt");
    const { page: moderator } = await session.openBoard(moderatorUrl);
    const { page: author } = await session.openBoard(participantUrl, { width: 375, height: 740 });
    const { page: other } = await session.openBoard(participantUrl);

    const settings = await openSettings(moderator);
    await settings.getByRole("checkbox", { name: "Neue Karten erst nach Freigabe zeigen" }).check();
    await author
      .getByTestId("moderation-notices")
      .getByText(/sobald die Moderation sie freigibt/)
      .waitFor();

    await addCard(author, 0, "Mehr Bänke am Markt", "", "Pia");
    const badge = cardByTitle(author, "Mehr Bänke am Markt").getByTestId("card-review");
    await badge.getByText("Wartet auf Freigabe").waitFor();
    expect(await overflow(author)).toBeLessThanOrEqual(0);
    expect(await axeViolations(author)).toEqual([]);

    const item = moderator.getByTestId("queue-item").filter({ hasText: "Mehr Bänke am Markt" });
    await item.waitFor();
    expect(await item.textContent()).toContain("von Pia");
    expect(await axeViolations(moderator)).toEqual([]);
    expect(await cardByTitle(other, "Mehr Bänke am Markt").count()).toBe(0);

    // "Zur Karte" focuses the card in its column, where its own editor edits it.
    await item.getByRole("button", { name: "Zu „Mehr Bänke am Markt“ springen, um sie zu bearbeiten" }).click();
    await expect
      .poll(() => moderator.evaluate(() => document.activeElement?.getAttribute("data-card-title")))
      .toBe("Mehr Bänke am Markt");

    // By keyboard: the approve button, named after the card.
    await moderator.getByRole("button", { name: "„Mehr Bänke am Markt“ freigeben" }).focus();
    await moderator.keyboard.press("Enter");
    await cardByTitle(other, "Mehr Bänke am Markt").waitFor();
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(0);
    await moderator.getByText("Keine Karte wartet auf Freigabe.").waitFor();

    // Rejected with a reason: the author reads it, the other browser never shows the card.
    await addCard(author, 0, "Werbung für meinen Laden", "", "Pia");
    const rejectItem = moderator.getByTestId("queue-item").filter({ hasText: "Werbung für meinen Laden" });
    await rejectItem.getByRole("button", { name: "„Werbung für meinen Laden“ ablehnen" }).click();
    await rejectItem.getByLabel(/^Grund für die Ablehnung/).fill("Bitte keine Werbung");
    await rejectItem.getByRole("button", { name: "Ablehnung senden" }).click();
    await cardByTitle(author, "Werbung für meinen Laden").getByText("Abgelehnt: Bitte keine Werbung").waitFor();
    expect(await cardByTitle(other, "Werbung für meinen Laden").count()).toBe(0);
  }, 240_000);

  it("MOD-3 MOD-6 in a hidden column each participant sees only their own cards until the moderator reveals it", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "stammtisch", "Retro");
    const { page: moderator } = await session.openBoard(moderatorUrl, { width: 375, height: 740 });
    const { page: author } = await session.openBoard(participantUrl);
    const { page: other } = await session.openBoard(participantUrl, { width: 375, height: 740 });

    const settings = await openSettings(moderator);
    const firstColumn = settings.getByTestId("moderation-column").first();
    await firstColumn.getByRole("checkbox", { name: /verbergen$/ }).check();
    await other
      .getByTestId("moderation-notices")
      .getByText(/Verborgen bis zur Aufdeckung/)
      .waitFor();

    await addCard(author, 0, "Was gut lief", "", "Ada");
    await addCard(other, 0, "Was fehlte", "", "Ben");
    await cardByTitle(author, "Was gut lief").getByText("Verborgen, bis die Moderation aufdeckt").waitFor();
    await cardByTitle(moderator, "Was fehlte").waitFor();
    expect(await cardByTitle(author, "Was fehlte").count()).toBe(0);
    expect(await cardByTitle(other, "Was gut lief").count()).toBe(0);
    expect(await overflow(moderator)).toBeLessThanOrEqual(0);
    expect(await axeViolations(moderator)).toEqual([]);

    await firstColumn.getByRole("button", { name: /aufdecken \(2 verborgen\)$/ }).click();
    await cardByTitle(author, "Was fehlte").waitFor();
    await cardByTitle(other, "Was gut lief").waitFor();
    expect(await author.getByTestId("card-review").count()).toBe(0);
    expect(await axeViolations(other)).toEqual([]);
  }, 240_000);
});
