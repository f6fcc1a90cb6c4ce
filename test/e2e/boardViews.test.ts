import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)("board views and the QR code in Chromium", () => {
  const session = browserSessionForThisFile();

  it("VIEW-1 VIEW-3 a Vernetzung board opens on its wall without a tab list; a Stammtisch board has two tabs", async () => {
    const { participantUrl } = await createBoard(session.server.url, "vernetzung", "Vernetzung Lausitz");
    const { page } = await session.openBoard(participantUrl);
    await page.getByTestId("wall").waitFor();
    expect(await page.getByRole("tablist").count()).toBe(0);
    expect(await page.getByTestId("column").count()).toBe(0);

    const stammtisch = await createBoard(session.server.url, "stammtisch");
    const { page: other } = await session.openBoard(stammtisch.participantUrl);
    expect(await other.getByRole("tab").allTextContents()).toEqual(["Themen", "Treffen"]);
    // A view the board does not show opens its first one.
    const { page: walled } = await session.openBoard(`${stammtisch.participantUrl}?view=wall`);
    await walled.getByTestId("column").first().waitFor();
    expect(await walled.getByTestId("wall").count()).toBe(0);
  });

  it("VIEW-2 VIEW-3 a moderator adds the wall and makes it the start view; another browser follows live", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "stammtisch");
    const { page: participant } = await session.openBoard(participantUrl);
    const { page: moderator } = await session.openBoard(moderatorUrl);
    await moderator.getByTestId("edit-board").click();
    const form = moderator.getByTestId("board-meta-form");
    await form.getByRole("checkbox", { name: "Vernetzung" }).check();
    // A checkbox keeps its own size next to its label (the text inputs' full width once squeezed the label).
    const box = await form.getByRole("checkbox", { name: "Vernetzung" }).boundingBox();
    expect(box?.width).toBeLessThan(40);
    await form.getByLabel("Startansicht", { exact: true }).selectOption({ label: "Vernetzung" });
    await form.getByRole("checkbox", { name: "Treffen" }).uncheck();
    await form.getByRole("button", { name: "Speichern" }).click();

    await expect
      .poll(() => participant.getByRole("tab").allTextContents(), { timeout: 10_000 })
      .toEqual(["Vernetzung", "Themen"]);
    // The participant stays on what they looked at; a fresh page opens on the new start view.
    expect(await participant.getByRole("tab", { name: "Themen" }).getAttribute("aria-selected")).toBe("true");
    const { page: fresh } = await session.openBoard(participantUrl);
    await fresh.getByRole("tabpanel", { name: "Vernetzung" }).getByTestId("wall").waitFor();
    await fresh.getByRole("tab", { name: "Themen" }).click();
    expect(new URL(fresh.url()).searchParams.get("view")).toBe("columns");
    await fresh.keyboard.press("Home");
    await fresh.getByTestId("wall").waitFor();
    expect(new URL(fresh.url()).search).toBe("");
  });

  it("VIEW-5 UI-2 the QR code shows the participant link, never the moderator's key, big on a projector", async () => {
    const { participantUrl, moderatorUrl, moderatorKey } = await createBoard(session.server.url, "vernetzung");
    const { page, foreignRequests } = await session.openBoard(moderatorUrl, { width: 1920, height: 1080 });
    await page.getByTestId("qr-open").click();
    const dialog = page.getByTestId("qr-dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("qr-link").textContent()).toBe(participantUrl);
    expect(await dialog.textContent()).not.toContain(moderatorKey);
    const box = await dialog.getByTestId("qr-code").boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(1080 * 0.6);
    expect(
      await dialog.getByRole("img", { name: `QR-Code mit dem Link für Teilnehmende: ${participantUrl}` }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("qr-open");
    // The wall shows the same code, small.
    expect(await page.getByTestId("wall").getByTestId("qr-code").count()).toBe(1);
    expect(foreignRequests).toEqual([]);

    const { page: phone } = await session.openBoard(participantUrl, { width: 375, height: 740 });
    await phone.getByTestId("qr-open").click();
    const small = await phone.getByTestId("qr-dialog").getByTestId("qr-code").boundingBox();
    expect(small?.width ?? 0).toBeGreaterThan(300);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
  });
});
