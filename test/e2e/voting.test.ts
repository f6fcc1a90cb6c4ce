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

const addVote = (page: Page, title: string) =>
  page.getByRole("button", { name: new RegExp(`^Punkt für „${title}“ vergeben`) });
const removeVote = (page: Page, title: string) =>
  page.getByRole("button", { name: new RegExp(`^Punkt von „${title}“ zurücknehmen`) });
const votesLeft = (page: Page) => page.getByTestId("votes-left");

async function expectText(read: () => Promise<string | null>, text: string) {
  await expect.poll(read, { timeout: 10_000 }).toBe(text);
}

describe.skipIf(!hasChromium)("dot voting in Chromium (VOTE-1..8)", () => {
  const session = browserSessionForThisFile();

  it("VOTE-1 VOTE-2 VOTE-4 VOTE-6 VOTE-7 VOTE-8 UI-2 a moderator opens a round, two people vote by click and by keyboard, the moderator closes it and the ranking shows", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "stammtisch", "Auftakt");
    const { page: moderator } = await session.openBoard(moderatorUrl);
    await addCard(moderator, 0, "Radwege", "", "Mo");
    await addCard(moderator, 0, "Bänke");
    await addCard(moderator, 1, "Solardächer");
    const { page: desk } = await session.openBoard(participantUrl);
    const { page: phone } = await session.openBoard(participantUrl, { width: 375, height: 740 });
    // No round yet: participants see no voting at all.
    expect(await desk.getByTestId("voting-panel").count()).toBe(0);

    await moderator.getByRole("button", { name: "Abstimmung starten" }).click();
    const form = moderator.getByTestId("round-form");
    await form.getByLabel("Name der Runde (optional)").fill("Prioritäten");
    await form.getByLabel("Punkte pro Person (1–12)").fill("3");
    await form.getByLabel("Höchstens Punkte auf einer Karte").fill("2");
    expect(await form.getByRole("checkbox", { name: /^Anonym/ }).isChecked()).toBe(true);
    expect(await form.getByRole("radio", { name: "Erst wenn die Runde endet" }).isChecked()).toBe(true);
    expect(await axeViolations(moderator)).toEqual([]);
    await form.getByRole("button", { name: "Runde starten" }).click();

    // By click: two dots on one card, the third is refused by the per-card limit; one on another.
    await expectText(() => votesLeft(desk).textContent(), "3 Punkte übrig");
    await addVote(desk, "Radwege").click();
    await expectText(() => votesLeft(desk).textContent(), "2 Punkte übrig");
    await addVote(desk, "Radwege").click();
    await expectText(() => votesLeft(desk).textContent(), "1 Punkt übrig");
    expect(await addVote(desk, "Radwege").isDisabled()).toBe(true);
    await addVote(desk, "Solardächer").click();
    await expectText(() => votesLeft(desk).textContent(), "Keine Punkte mehr übrig");
    expect(await addVote(desk, "Bänke").isDisabled()).toBe(true);
    expect(await cardByTitle(desk, "Radwege").getByTestId("vote-mine").textContent()).toBe("Deine Punkte: 2");

    // By keyboard, at 375 px: Enter and Space on the focused buttons, one dot taken back.
    await addVote(phone, "Bänke").focus();
    await phone.keyboard.press("Enter");
    await expectText(() => votesLeft(phone).textContent(), "2 Punkte übrig");
    await phone.keyboard.press("Space");
    await expectText(() => votesLeft(phone).textContent(), "1 Punkt übrig");
    await removeVote(phone, "Bänke").focus();
    await phone.keyboard.press("Enter");
    await expectText(() => votesLeft(phone).textContent(), "2 Punkte übrig");
    await addVote(phone, "Radwege").focus();
    await phone.keyboard.press("Enter");
    await addVote(phone, "Bänke").focus();
    await phone.keyboard.press("Space");
    await expectText(() => votesLeft(phone).textContent(), "Keine Punkte mehr übrig");

    // Hidden until the end: participants see their own dots only, the moderator the counts.
    await expectText(() => cardByTitle(moderator, "Radwege").getByTestId("vote-total").textContent(), "· Gesamt: 3");
    expect(await desk.getByTestId("vote-total").count()).toBe(0);
    expect(await phone.getByTestId("vote-total").count()).toBe(0);
    expect(await axeViolations(desk)).toEqual([]);
    expect(await axeViolations(phone)).toEqual([]);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);

    await moderator.getByRole("button", { name: "Abstimmung beenden" }).click();
    for (const page of [desk, phone, moderator]) {
      const top = page.getByTestId("ranking-top");
      await expect
        .poll(() => top.getByTestId("ranked-card").allTextContents(), { timeout: 10_000 })
        .toEqual([
          expect.stringMatching(/^Platz 1 Radwege 3 Punkte/),
          expect.stringMatching(/^Platz 2 Bänke 2 Punkte/),
          expect.stringMatching(/^Platz 3 Solardächer 1 Punkt(?!e)/),
        ]);
    }
    expect(await desk.getByTestId("ranking-column").first().getByRole("heading").textContent()).toBe(
      "Klimaschutz & Energiewende",
    );
    // The round is over: no more voting buttons.
    expect(await addVote(desk, "Radwege").count()).toBe(0);

    await moderator.getByRole("button", { name: "Top 3 als Prioritäten markieren" }).click();
    await cardByTitle(phone, "Solardächer").getByTestId("card-priority").waitFor();
    expect(await phone.getByTestId("card-priority").count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(moderator)).toEqual([]);
    expect(await axeViolations(phone)).toEqual([]);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);

    // A second round with live results; then the rounds side by side (VOTE-8).
    await moderator.getByRole("button", { name: "Abstimmung starten" }).click();
    await form.getByLabel("Name der Runde (optional)").fill("Zweite Runde");
    await form.getByRole("radio", { name: "Sofort, während abgestimmt wird" }).check();
    await form.getByRole("button", { name: "Runde starten" }).click();
    await addVote(desk, "Bänke").click();
    await expectText(() => cardByTitle(phone, "Bänke").getByTestId("vote-total").textContent(), "· Gesamt: 1");
    await moderator.getByRole("button", { name: "Abstimmung beenden" }).click();
    await desk.getByTestId("round-select").waitFor();
    expect(await desk.getByTestId("round-select").locator("option").allTextContents()).toEqual([
      "Zweite Runde",
      "Prioritäten",
    ]);
    await desk.getByTestId("rounds-compare").locator("summary").click();
    const rows = desk.getByTestId("rounds-compare").locator("tbody tr");
    // Bänke and Radwege tie on 3 votes in all: their order is by id.
    const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
    expect([...texts.slice(0, 2)].sort()).toEqual(["Bänke 1 2", "Radwege 0 3"]);
    expect(texts[2]).toBe("Solardächer 0 1");
    await desk.getByTestId("round-select").selectOption({ label: "Prioritäten" });
    await expect
      .poll(() => desk.getByTestId("ranking-top").getByTestId("ranked-card").count(), { timeout: 10_000 })
      .toBe(3);
    expect(await axeViolations(desk)).toEqual([]);
  }, 240_000);

  it("LIKE-1 LIKE-2 a moderator turns hearts on; a like counts once per person, live for everyone", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "stammtisch");
    const { page: moderator } = await session.openBoard(moderatorUrl);
    await addCard(moderator, 0, "Repair-Café", "", "Mo");
    const { page: desk } = await session.openBoard(participantUrl);
    const { page: phone } = await session.openBoard(participantUrl, { width: 375, height: 740 });
    expect(await desk.getByTestId("like").count()).toBe(0);
    await moderator.getByRole("checkbox", { name: "Herzen auf Karten erlauben" }).check();
    const heart = (page: Page) => page.getByRole("button", { name: /^„Repair-Café“ gefällt mir/ });
    await heart(desk).click();
    await expect
      .poll(() => heart(phone).getAttribute("aria-label"), { timeout: 10_000 })
      .toBe("„Repair-Café“ gefällt mir (1)");
    expect(await heart(desk).getAttribute("aria-pressed")).toBe("true");
    expect(await heart(phone).getAttribute("aria-pressed")).toBe("false");
    await heart(phone).focus();
    await phone.keyboard.press("Enter");
    await expect
      .poll(() => heart(desk).getAttribute("aria-label"), { timeout: 10_000 })
      .toBe("„Repair-Café“ gefällt mir (2)");
    await heart(desk).click();
    await expect
      .poll(() => heart(phone).getAttribute("aria-label"), { timeout: 10_000 })
      .toBe("„Repair-Café“ gefällt mir (1)");
    expect(await axeViolations(phone)).toEqual([]);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
  }, 120_000);
});
