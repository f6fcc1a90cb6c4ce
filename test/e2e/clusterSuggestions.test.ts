import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LABELLED_SETS, readLabelledCards } from "../helpers/pairwiseQuality";
import { columnsIn, createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

/** A board with the first 40 cards of the tuning set, spread over two columns. */
async function seededBoard(url: string) {
  const board = await createBoard(url);
  const [first, second] = columnsIn(board.snapshot);
  const cards = readLabelledCards(LABELLED_SETS.tuning).cards.slice(0, 48);
  for (const [index, card] of cards.entries()) {
    const response = await fetch(`${url}/api/boards/${board.boardId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        columnId: index % 2 === 0 ? first.id : second.id,
        content: { kind: "topic", title: card.title, body: card.body, link: null },
      }),
    });
    expect(response.status).toBe(201);
  }
  return board;
}

describe.skipIf(!hasChromium)("suggested clusters in Chromium (SUG-6)", () => {
  const session = browserSessionForThisFile();

  it("SUG-6 UI-3 a moderator asks for suggestions and reviews them; participants have no such button; axe-clean at 375 px", async () => {
    const { participantUrl, moderatorUrl } = await seededBoard(session.server.url);
    const { page: participant } = await session.openBoard(participantUrl);
    await participant.getByTestId("card").first().waitFor();
    expect(await participant.getByRole("button", { name: "Cluster vorschlagen" }).count()).toBe(0);

    const { page, errors } = await session.openBoard(moderatorUrl, { width: 375, height: 800 });
    const open = page.getByRole("button", { name: "Cluster vorschlagen" });
    await open.click();
    const panel = page.getByTestId("cluster-suggestions-panel");
    await panel.getByRole("heading", { name: "Vorgeschlagene Cluster" }).waitFor();
    const items = panel.getByTestId("cluster-suggestion");
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThan(1);

    // Each suggestion lists its cards' titles as the board shows them, under an editable title.
    const titlesOf = async (index: number) => items.nth(index).getByTestId("cluster-suggestion-card").allTextContents();
    const all = await Promise.all(Array.from({ length: count }, (_, index) => titlesOf(index)));
    expect(all).toContainEqual(
      expect.arrayContaining([
        "Umschulung für Beschäftigte aus der Kohle",
        "Weiterbildung für Beschäftigte der Kraftwerke",
      ]),
    );
    const label = items.first().getByLabel("Titel des Clusters");
    expect(await label.inputValue()).not.toBe("");
    await label.fill("Radwege für Schulkinder");
    expect(await label.inputValue()).toBe("Radwege für Schulkinder");

    // Near-duplicates are listed apart.
    const duplicates = panel.getByTestId("duplicate-suggestion");
    expect(await duplicates.count()).toBeGreaterThan(0);
    expect(await panel.getByRole("heading", { name: "Mögliche Doppelungen" }).count()).toBe(1);

    expect(await axeViolations(page)).toEqual([]);

    // Accepting makes the suggestion a cluster on the board, under the title as edited (CLU-1).
    const accepted = await titlesOf(0);
    await items.first().getByRole("button", { name: "Übernehmen" }).click();
    const frameTitle = page.getByTestId("cluster-title").filter({ hasText: "Radwege für Schulkinder" });
    await frameTitle.waitFor();
    const clustered = await page
      .locator(".card-item.in-cluster [data-testid=card]")
      .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-card-title") ?? ""));
    expect(clustered.sort()).toEqual([...accepted].sort());
    await expect.poll(() => items.count()).toBe(count - 1);

    // Rejecting takes a suggestion off the list and says so; the board keeps its cards.
    const cardsBefore = await page.getByTestId("card").count();
    await items.first().getByRole("button", { name: "Verwerfen" }).click();
    await expect.poll(() => items.count()).toBe(count - 2);
    expect(await page.getByRole("status").filter({ hasText: "Vorschlag verworfen." }).count()).toBe(1);
    expect(await page.getByTestId("card").count()).toBe(cardsBefore);

    // Merging a near-duplicate leaves one card that keeps both texts (CLU-6).
    await duplicates.first().getByRole("button", { name: "Zusammenführen" }).click();
    await expect.poll(() => page.getByTestId("card").count()).toBe(cardsBefore - 1);
    await page.getByTestId("card-merged").first().waitFor();

    await panel.getByRole("button", { name: "Vorschläge schließen" }).click();
    expect(await panel.count()).toBe(0);
    expect(await open.getAttribute("aria-expanded")).toBe("false");
    expect(errors).toEqual([]);
  });

  it("SUG-6 asks for one column's cards in English, and axe finds nothing at desktop width", async () => {
    const { moderatorUrl, snapshot } = await seededBoard(session.server.url);
    const { page } = await session.openBoard(moderatorUrl, { locale: "en-GB" });
    const [, second] = columnsIn(snapshot);
    await page.getByLabel("Cards from").selectOption({ label: second.title });
    await page.getByRole("button", { name: "Suggest clusters" }).click();
    const panel = page.getByTestId("cluster-suggestions-panel");
    await panel.getByTestId("cluster-suggestions-count").waitFor();
    const secondColumnTitles = await page
      .getByTestId("column")
      .nth(1)
      .getByTestId("card")
      .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-card-title") ?? ""));
    const suggested = await panel.getByTestId("cluster-suggestion-card").allTextContents();
    expect(suggested.length).toBeGreaterThan(0);
    for (const title of suggested) expect(secondColumnTitles).toContain(title);
    expect(await axeViolations(page)).toEqual([]);
  });
});
