import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** LINK-7 in Chromium: a links-only board refuses the plain participant's page; a submission link still posts. */

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

/** A submission link made in the moderator's panel, its address as the moderator would copy it. */
async function submissionLink(page: Page, label: string) {
  const panel = page.getByTestId("links-panel");
  await panel.locator("summary").click();
  await panel.getByTestId("link-label").fill(label);
  await panel.getByTestId("link-kind-submission").check();
  await panel.getByTestId("link-create").click();
  const item = panel.getByTestId("link-item").filter({ hasText: label });
  await item.waitFor({ timeout: 10_000 });
  return item.getByTestId("link-url").inputValue();
}

describe.skipIf(!hasChromium)("links-only boards in Chromium (LINK-7)", () => {
  const session = browserSessionForThisFile();

  it("LINK-7 the moderator switches 'Nur über Links' on: the plain participant's page says why at once, the submission link still posts", {
    timeout: 120_000,
  }, async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "stammtisch", "Werkstatt");
    const { page: moderator } = await session.openBoard(moderatorUrl);
    const link = await submissionLink(moderator, "Fragen");
    const { page: participant } = await session.openBoard(participantUrl, { width: 375, height: 800 });

    const settings = await openSettings(moderator);
    const toggle = settings.getByRole("checkbox", { name: "Nur über Links" });
    await toggle.check();
    expect(await toggle.getAttribute("aria-describedby")).toBeTruthy();
    expect(await settings.textContent()).toContain("Teilnehmende ohne Link sehen die Wand nicht");
    expect(await axeViolations(moderator)).toEqual([]);

    // Connected before the switch: cut off, and told why.
    const refused = participant.getByTestId("links-only-refused");
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.textContent()).toContain("nur über einen Link");
    expect(await participant.getByTestId("card").count()).toBe(0);
    expect(await axeViolations(participant)).toEqual([]);
    expect(await overflow(participant)).toBeLessThanOrEqual(0);
    // A page opened afterwards too.
    await participant.reload();
    await participant.getByTestId("links-only-refused").waitFor({ timeout: 15_000 });

    const submitContext = await session.openContext({ width: 375, height: 800 });
    const submitPage = await submitContext.newPage();
    await submitPage.goto(link);
    await submitPage.getByTestId("holder-note").waitFor({ timeout: 15_000 });
    await submitPage.getByTestId("holder-title").fill("Frage trotz geschlossener Wand");
    await submitPage.getByTestId("holder-post").click();
    await submitPage.getByTestId("holder-card").filter({ hasText: "Frage trotz" }).waitFor({ timeout: 10_000 });
    await moderator
      .getByTestId("card")
      .filter({ hasText: "Frage trotz geschlossener Wand" })
      .waitFor({ timeout: 10_000 });
  });
});
