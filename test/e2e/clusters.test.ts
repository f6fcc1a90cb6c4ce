import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, column, expectTitles } from "./boardActions";
import { hasChromium } from "./browser";
import { dragByMouse } from "./mouseDrag";
import { browserSessionForThisFile } from "./session";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

/** The titles of the cards in each cluster frame of a column, frame by frame. */
function clustersIn(page: Page, columnIndex: number): Promise<{ title: string; cards: string[] }[]> {
  return column(page, columnIndex)
    .locator(".card-item")
    .evaluateAll((items) => {
      const frames: { title: string; cards: string[] }[] = [];
      for (const item of items) {
        if (!item.classList.contains("in-cluster")) continue;
        const header = item.querySelector('[data-testid="cluster-title"]');
        if (header) frames.push({ title: header.textContent ?? "", cards: [] });
        const title = item.querySelector('[data-testid="card"]')?.getAttribute("data-card-title") ?? "";
        frames.at(-1)?.cards.push(title);
      }
      return frames;
    });
}

const expectClusters = (page: Page, columnIndex: number, frames: { title: string; cards: string[] }[]) =>
  expect.poll(() => clustersIn(page, columnIndex), { timeout: 10_000 }).toEqual(frames);

async function openMenu(page: Page, title: string): Promise<Locator> {
  await cardByTitle(page, title).getByTestId("card-move").focus();
  await page.keyboard.press("Enter");
  const menu = cardByTitle(page, title).getByTestId("cluster-menu");
  await menu.waitFor();
  return menu;
}

describe.skipIf(!hasChromium)("clusters in two Chromium pages", () => {
  const session = browserSessionForThisFile();

  it("CLU-1 CLU-2 CLU-5 CLU-6 CLU-7 PRES-EDIT-1 a moderator clusters by drag and by menu, titles, takes out and merges; another browser follows live", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const moderator = (await session.openBoard(moderatorUrl)).page;
    const participant = (await session.openBoard(participantUrl)).page;
    for (const title of ["Radwege", "Fahrradstraßen", "Busse", "Bahn"]) await addCard(moderator, 0, title, "", "Mo");
    await addCard(participant, 0, "Mehr Radwege", "Auch nach Forst", "Pia");
    await expectTitles(moderator, 0, ["Radwege", "Fahrradstraßen", "Busse", "Bahn", "Mehr Radwege"]);

    // By drag: Fahrradstraßen dropped on the middle of Radwege.
    await dragByMouse(moderator, cardByTitle(moderator, "Fahrradstraßen"), cardByTitle(moderator, "Radwege"), "center");
    const untitled = "Cluster ohne Titel";
    await expectClusters(participant, 0, [{ title: untitled, cards: ["Radwege", "Fahrradstraßen"] }]);

    // By keyboard and menu: Bahn joins Busse.
    let menu = await openMenu(moderator, "Bahn");
    await menu.getByLabel("Zu Cluster hinzufügen …").selectOption({ label: "Karte: Busse" });
    await menu.getByRole("button", { name: "Hinzufügen" }).press("Enter");
    await expectClusters(participant, 0, [
      { title: untitled, cards: ["Radwege", "Fahrradstraßen"] },
      { title: untitled, cards: ["Busse", "Bahn"] },
    ]);
    expect(await moderator.getByTestId("announcer").textContent()).toContain("Bahn");

    // A title, edited in place.
    await moderator
      .getByRole("button", { name: `Titel des Clusters „${untitled}“ ändern` })
      .first()
      .click();
    await moderator.getByRole("textbox", { name: "Titel des Clusters" }).fill("Radverkehr");
    await moderator.getByRole("textbox", { name: "Titel des Clusters" }).press("Enter");
    await expectClusters(participant, 0, [
      { title: "Radverkehr", cards: ["Radwege", "Fahrradstraßen"] },
      { title: untitled, cards: ["Busse", "Bahn"] },
    ]);

    // Taken out by the menu: it goes right below the frame.
    menu = await openMenu(moderator, "Fahrradstraßen");
    await menu.getByRole("button", { name: "Aus Cluster nehmen" }).click();
    await expectClusters(participant, 0, [
      { title: "Radverkehr", cards: ["Radwege"] },
      { title: untitled, cards: ["Busse", "Bahn"] },
    ]);
    await expectTitles(participant, 0, ["Radwege", "Fahrradstraßen", "Busse", "Bahn", "Mehr Radwege"]);

    // Pia's duplicate merged into Radwege, after a confirmation: both texts and both names stay.
    menu = await openMenu(moderator, "Mehr Radwege");
    await menu.getByLabel("Mit Karte zusammenführen …").selectOption({ label: "Radwege" });
    await menu.getByRole("button", { name: "Zusammenführen" }).click();
    const dialog = moderator.getByRole("dialog");
    expect(await dialog.textContent()).toContain("beide Texte und beide Namen");
    await dialog.getByRole("button", { name: "Zusammenführen" }).click();
    await expectTitles(participant, 0, ["Radwege", "Fahrradstraßen", "Busse", "Bahn"]);
    const merged = cardByTitle(participant, "Radwege").getByTestId("card-merged");
    await expect.poll(() => merged.textContent()).toContain("Mehr Radwege");
    expect(await merged.textContent()).toContain("Auch nach Forst");
    expect(await merged.textContent()).toContain("von Pia");
    expect(await cardByTitle(participant, "Radwege").getByTestId("card-author").textContent()).toBe("Mo");

    // PRES-EDIT-1: while the moderator has Busse's editor open, the participant sees who edits it.
    await cardByTitle(moderator, "Busse").getByTestId("card-edit").click();
    const marker = cardByTitle(participant, "Busse").getByTestId("card-editing");
    await expect.poll(() => marker.textContent().catch(() => null)).toBe("wird bearbeitet von Mo");
    expect(await cardByTitle(moderator, "Busse").getByTestId("card-editing").count()).toBe(0);
    expect(await axeViolations(participant)).toEqual([]);
    await moderator.getByTestId("card-editor").press("Escape");
    await expect.poll(() => marker.count()).toBe(0);

    // The participant sees no cluster controls.
    expect(await participant.getByTestId("cluster-rename").count()).toBe(0);
    expect(await participant.getByTestId("cluster-dissolve").count()).toBe(0);
    expect(await axeViolations(participant)).toEqual([]);
    expect(await axeViolations(moderator)).toEqual([]);
    menu = await openMenu(moderator, "Bahn");
    expect(await axeViolations(moderator)).toEqual([]);
  });

  it("CLU-7 clusters work on a 375 px phone screen without sideways scrolling", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const moderator = (await session.openBoard(moderatorUrl, { width: 375, height: 740 })).page;
    const long = "Ein sehr langer Titel ohne Leerzeichen".replaceAll(" ", "").repeat(3);
    for (const title of ["Eins", "Zwei"]) await addCard(moderator, 0, title, "", "Mo");
    const menu = await openMenu(moderator, "Zwei");
    await menu.getByLabel("Zu Cluster hinzufügen …").selectOption({ label: "Karte: Eins" });
    await menu.getByRole("button", { name: "Hinzufügen" }).click();
    await moderator.getByTestId("cluster-rename").click();
    await moderator.getByRole("textbox", { name: "Titel des Clusters" }).fill(long);
    await moderator.getByRole("textbox", { name: "Titel des Clusters" }).press("Enter");
    const phone = (await session.openBoard(participantUrl, { width: 375, height: 740 })).page;
    await expectClusters(phone, 0, [{ title: long, cards: ["Eins", "Zwei"] }]);
    for (const page of [moderator, phone]) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
