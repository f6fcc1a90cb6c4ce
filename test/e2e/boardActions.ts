import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** The user's steps on a board page, in the words a German-speaking participant sees. */
export function column(page: Page, index: number): Locator {
  return page.getByTestId("column").nth(index);
}

export function cardByTitle(page: Page, title: string): Locator {
  return page.locator(`[data-testid="card"][data-card-title="${title}"]`);
}

export async function waitUntilOnline(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor({ timeout: 15_000 });
}

/** Posts a card into a column; answers the name dialog the first time with `name` (null: anonymous). */
export async function addCard(
  page: Page,
  columnIndex: number,
  title: string,
  body = "",
  name: string | null = "Alice",
) {
  const target = column(page, columnIndex);
  const form = target.getByTestId("add-card-form");
  // On a 5,000-card page the cards near the viewport grow from placeholders to full content while
  // the page scrolls to the button, so a click can land on where the button was; then click again.
  const opener = target.getByTestId("add-card-button");
  await opener.click();
  for (let attempt = 1; attempt < 3; attempt++) {
    const opened = await form
      .getByLabel("Titel")
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (opened || !(await opener.isVisible())) break;
    await opener.click();
  }
  await form.getByLabel("Titel").fill(title);
  if (body) await form.getByLabel("Text (optional)").fill(body);
  await form.getByRole("button", { name: "Posten" }).click();
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false)) {
    if (name === null) {
      await dialog.getByRole("button", { name: "Anonym posten" }).click();
    } else {
      await dialog.getByLabel("Dein Name").fill(name);
      await dialog.getByRole("button", { name: "Mit Namen posten" }).click();
    }
  }
  await cardByTitle(page, title).waitFor();
}

export async function titlesIn(page: Page, columnIndex: number): Promise<string[]> {
  return column(page, columnIndex)
    .getByTestId("card")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-card-title") ?? ""));
}

/** Waits until a column shows exactly these titles in this order. */
export async function expectTitles(page: Page, columnIndex: number, titles: string[]): Promise<void> {
  await expect.poll(() => titlesIn(page, columnIndex), { timeout: 10_000 }).toEqual(titles);
}
