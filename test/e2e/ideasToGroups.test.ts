import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle } from "./boardActions";
import { hasChromium } from "./browser";
import { dragByMouse } from "./mouseDrag";
import { browserSessionForThisFile } from "./session";

/** Puts `title` into the cluster of (or a new one with) `target`, by keyboard through the card's menu (CLU-5). */
async function clusterByKeyboard(page: Page, title: string, target: string) {
  // A card alone is offered as "Karte: …", a cluster as "Cluster: …".
  await cardByTitle(page, title).getByTestId("card-move").focus();
  await page.keyboard.press("Enter");
  const menu = cardByTitle(page, title).getByTestId("cluster-menu");
  await menu.waitFor();
  await menu.getByLabel("Zu Cluster hinzufügen …").selectOption({ label: target });
  await menu.getByRole("button", { name: "Hinzufügen" }).press("Enter");
}

const frameOf = (page: Page, cardTitle: string) =>
  page.locator(".card-item.in-cluster").filter({ has: page.locator(`[data-card-title="${cardTitle}"]`) });

async function titleCluster(page: Page, index: number, title: string) {
  await page.getByTestId("cluster-rename").nth(index).click();
  const field = page.getByRole("textbox", { name: "Titel des Clusters" });
  await field.fill(title);
  await field.press("Enter");
  await page.getByTestId("cluster-title").filter({ hasText: title }).waitFor();
}

async function clusterToGroup(page: Page, clusterTitle: string) {
  const header = page.getByTestId("cluster-header").filter({ hasText: clusterTitle });
  await header.getByTestId("cluster-to-group").click();
  const form = page.getByTestId("group-form");
  await form.waitFor();
  expect(await form.getByLabel("Name", { exact: true }).inputValue()).toBe(clusterTitle);
  await form.getByRole("button", { name: "Arbeitsgruppe gründen" }).click();
  await form.waitFor({ state: "detached" });
}

async function join(page: Page, groupName: string, name: string) {
  const group = page.getByTestId("group").filter({ has: page.getByRole("heading", { name: groupName, exact: true }) });
  await group.getByRole("button", { name: `In „${groupName}“ mitmachen` }).click();
  await group.getByLabel("Dein Name").fill(name);
  await group.getByRole("button", { name: "Mitmachen" }).click();
  await group.getByRole("button", { name: `Aus „${groupName}“ austreten` }).waitFor();
}

describe.skipIf(!hasChromium)("from a wall of ideas to working groups", () => {
  const session = browserSessionForThisFile();

  it("CLU-2 CLU-5 AG-1 AG-2 EXP-7 a moderator clusters five cards into two groups by drag and by keyboard, founds working groups from them, two people join, the minutes name them (375 px, axe)", async () => {
    const { boardId, participantUrl, moderatorUrl, moderatorKey } = await createBoard(session.server.url);
    const moderator = (await session.openBoard(moderatorUrl, { width: 375, height: 800 })).page;
    // The working groups view is one of the board's views once the moderator shows it.
    await moderator.getByTestId("edit-board").click();
    await moderator.getByTestId("board-view-groups").check();
    await moderator.getByTestId("board-meta-form").getByRole("button", { name: "Speichern" }).click();
    await moderator.getByRole("tab", { name: "Arbeitsgruppen" }).waitFor();

    for (const title of ["Radwege", "Fahrradstraßen", "Busse", "Bahn", "Rufbus"]) {
      await addCard(moderator, 0, title, "", "Mo");
    }
    await dragByMouse(
      moderator,
      cardByTitle(moderator, "Fahrradstraßen"),
      cardByTitle(moderator, "Radwege"),
      "center",
      { scrollTarget: true },
    );
    await frameOf(moderator, "Fahrradstraßen").waitFor();
    await titleCluster(moderator, 0, "Radverkehr");
    await clusterByKeyboard(moderator, "Bahn", "Karte: Busse");
    await frameOf(moderator, "Bahn").waitFor();
    await titleCluster(moderator, 1, "ÖPNV");
    await clusterByKeyboard(moderator, "Rufbus", "Cluster: ÖPNV");
    await frameOf(moderator, "Rufbus").waitFor();
    expect((await new AxeBuilder({ page: moderator }).analyze()).violations).toEqual([]);

    await clusterToGroup(moderator, "Radverkehr");
    await clusterToGroup(moderator, "ÖPNV");

    const anna = (await session.openBoard(`${participantUrl}?view=groups`, { width: 375, height: 800 })).page;
    const ben = (await session.openBoard(`${participantUrl}?view=groups`)).page;
    await join(anna, "Radverkehr", "Anna Müller");
    await join(ben, "ÖPNV", "Ben Bäcker");
    await join(ben, "Radverkehr", "Ben Bäcker");
    const radverkehr = anna.getByTestId("group").filter({ has: anna.getByRole("heading", { name: "Radverkehr" }) });
    await expect.poll(() => radverkehr.getByTestId("group-count").getAttribute("data-count")).toBe("2");
    expect(await radverkehr.getByTestId("group-topic").allTextContents()).toEqual(["Radwege", "Fahrradstraßen"]);
    expect((await new AxeBuilder({ page: anna }).analyze()).violations).toEqual([]);
    expect(await anna.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    const minutes = await (
      await fetch(`${session.server.url}/api/boards/${boardId}/export.md`, {
        headers: { "X-Moderator-Key": moderatorKey },
      })
    ).text();
    const lines = minutes.split("\n");
    expect(lines).toContain("### Radverkehr");
    expect(lines).toContain("### ÖPNV");
    const radverkehrPart = minutes.slice(minutes.indexOf("## Arbeitsgruppen"));
    expect(radverkehrPart).toContain("#### Mitglieder (2)\n\n- Anna Müller\n- Ben Bäcker");
    expect(radverkehrPart).toContain("#### Mitglieder (1)\n\n- Ben Bäcker");
    expect(minutes).toContain("- Rufbus");
  });
});
