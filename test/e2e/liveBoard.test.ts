import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { boardContents, createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, column, expectTitles, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { dragByMouse } from "./mouseDrag";
import { browserSessionForThisFile } from "./session";

describe.skipIf(!hasChromium)("a live board in two Chromium pages", () => {
  const session = browserSessionForThisFile();
  const openBoard = async (url: string, options: { width?: number; height?: number; locale?: string } = {}) =>
    (await session.openBoard(url, options)).page;

  async function axeViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
  }

  it("SYNC-2 PRES-1 a card created in one page appears in the other, and both see two people", async () => {
    const { participantUrl } = await createBoard(session.server.url);
    const alice = await openBoard(participantUrl);
    const bob = await openBoard(participantUrl);
    await addCard(alice, 1, "Radweg nach Cottbus", "Lücke zwischen A und B", "Alice");
    const seen = cardByTitle(bob, "Radweg nach Cottbus");
    await seen.waitFor({ timeout: 5_000 });
    expect(await seen.getByTestId("card-author").textContent()).toBe("Alice");
    expect(await seen.getByTestId("card-body").textContent()).toBe("Lücke zwischen A und B");
    await bob.locator('[data-testid="presence"][data-count="2"]').waitFor();
    // Bob did not write it: no edit, move or delete for him.
    expect(await seen.getByTestId("card-edit").count()).toBe(0);
    expect(await seen.getByTestId("card-delete").count()).toBe(0);
  });

  it("SYNC-2 ORD-1 a drag in one page reorders the other, within and across columns", async () => {
    const { participantUrl } = await createBoard(session.server.url);
    const alice = await openBoard(participantUrl);
    const bob = await openBoard(participantUrl);
    for (const title of ["Erste", "Zweite", "Dritte"]) await addCard(alice, 0, title);
    await expectTitles(bob, 0, ["Erste", "Zweite", "Dritte"]);

    await dragByMouse(alice, cardByTitle(alice, "Dritte"), cardByTitle(alice, "Erste"), "top");
    await expectTitles(alice, 0, ["Dritte", "Erste", "Zweite"]);
    await expectTitles(bob, 0, ["Dritte", "Erste", "Zweite"]);

    await dragByMouse(alice, cardByTitle(alice, "Erste"), column(alice, 2).getByTestId("add-card-button"), "center");
    await expectTitles(bob, 0, ["Dritte", "Zweite"]);
    await expectTitles(bob, 2, ["Erste"]);
  });

  it("CARD-5 moves a card with the keyboard alone, and the other page follows", async () => {
    const { participantUrl } = await createBoard(session.server.url);
    const alice = await openBoard(participantUrl);
    const bob = await openBoard(participantUrl);
    for (const title of ["Eins", "Zwei"]) await addCard(alice, 0, title);

    await cardByTitle(alice, "Eins").focus();
    await alice.keyboard.press("Alt+ArrowDown");
    await expectTitles(bob, 0, ["Zwei", "Eins"]);
    expect(await alice.evaluate(() => document.activeElement?.getAttribute("data-card-title"))).toBe("Eins");
    await alice.keyboard.press("Alt+ArrowRight");
    await expectTitles(bob, 1, ["Eins"]);
    expect(await alice.getByTestId("announcer").textContent()).toContain("Eins");
    expect(await alice.evaluate(() => document.activeElement?.getAttribute("data-card-title"))).toBe("Eins");

    // The same through the move menu's buttons, for touch and screen-reader users.
    await cardByTitle(alice, "Zwei").getByTestId("card-move").click();
    await alice.getByTestId("move-menu").getByRole("button", { name: "In nächste Spalte" }).click();
    // A move to the next column keeps the card's position (clamped), here the top.
    await expectTitles(bob, 1, ["Zwei", "Eins"]);
  });

  it("UI-3 COL-1 a participant sees no moderator controls; the moderator can manage columns live", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const moderator = await openBoard(moderatorUrl);
    const participant = await openBoard(participantUrl);
    expect(await participant.getByTestId("board").getAttribute("data-role")).toBe("participant");
    for (const testId of ["column-controls", "add-column", "edit-board"]) {
      expect(await participant.getByTestId(testId).count(), testId).toBe(0);
    }
    await addCard(participant, 0, "Teilnehmerkarte", "", "Pia");
    const moderatorCopy = cardByTitle(moderator, "Teilnehmerkarte");
    await moderatorCopy.waitFor();
    expect(await moderatorCopy.getByTestId("card-delete").count()).toBe(1);

    await column(moderator, 0).getByRole("button", { name: "Spalte bearbeiten" }).click();
    const editForm = moderator.getByTestId("edit-column-form");
    await editForm.getByLabel("Spaltentitel").fill("Energie");
    await editForm.getByRole("button", { name: "Speichern" }).click();
    await participant.locator('[data-testid="column"][data-column-title="Energie"]').waitFor();

    await column(moderator, 5).getByRole("button", { name: "Spalte entfernen" }).click();
    await moderator.getByRole("dialog").getByRole("button", { name: "Spalte entfernen" }).click();
    await expect.poll(() => participant.getByTestId("column").count()).toBe(5);
  });

  it("BOARD-3 COL-1 the moderator edits the board, adds and reorders columns, and participants see it live", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "empty", "Vorher");
    const moderator = await openBoard(moderatorUrl);
    const participant = await openBoard(participantUrl);

    await moderator.getByTestId("edit-board").click();
    const metaForm = moderator.getByTestId("board-meta-form");
    await metaForm.getByLabel("Titel", { exact: true }).fill("Stammtisch Lausitz");
    await metaForm.getByLabel("Beschreibung", { exact: true }).fill("Treffen am 12. März");
    await metaForm.getByRole("button", { name: "Speichern" }).click();
    await participant.getByTestId("board-title").getByText("Stammtisch Lausitz").waitFor();
    expect(await participant.getByTestId("board-description").textContent()).toBe("Treffen am 12. März");

    for (const title of ["Energie", "Mobilität"]) {
      const addColumn = moderator.getByTestId("add-column");
      await addColumn.getByLabel("Titel der neuen Spalte").fill(title);
      await addColumn.getByRole("button", { name: "Spalte hinzufügen" }).click();
      await participant.locator(`[data-testid="column"][data-column-title="${title}"]`).waitFor();
    }
    await column(moderator, 1).getByRole("button", { name: "Spalte nach links verschieben" }).click();
    await expect
      .poll(() =>
        participant.getByTestId("column").evaluateAll((cols) => cols.map((c) => c.getAttribute("data-column-title"))),
      )
      .toEqual(["Mobilität", "Energie"]);
  });

  it("CARD-3 a conflicting save shows the other version and keeps the user's draft", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const author = await openBoard(participantUrl);
    const moderator = await openBoard(moderatorUrl);
    await addCard(author, 0, "Wärmeplanung", "Erste Fassung", "Ada");
    await cardByTitle(moderator, "Wärmeplanung").waitFor();

    await cardByTitle(author, "Wärmeplanung").getByTestId("card-edit").click();
    const editor = author.getByTestId("card-editor");
    await editor.getByLabel("Text (optional)").fill("Meine lange Überarbeitung");

    await cardByTitle(moderator, "Wärmeplanung").getByTestId("card-edit").click();
    const modEditor = moderator.getByTestId("card-editor");
    await modEditor.getByLabel("Text (optional)").fill("Fassung der Moderation");
    await modEditor.getByRole("button", { name: "Speichern" }).click();

    // The author's editor notices the newer version live, before they even press save.
    const conflict = author.getByTestId("conflict");
    await conflict.waitFor();
    expect(await author.getByTestId("conflict-current").textContent()).toContain("Fassung der Moderation");
    expect(await editor.getByLabel("Text (optional)").inputValue()).toBe("Meine lange Überarbeitung");

    await editor.getByRole("button", { name: "Meine Fassung speichern" }).click();
    await cardByTitle(moderator, "Wärmeplanung").getByText("Meine lange Überarbeitung").waitFor();
  });

  it("SYNC-6 SYNC-7 offline edits are kept and sent once; after a server restart both pages show every card", async () => {
    const { participantUrl } = await createBoard(session.server.url);
    const alice = await openBoard(participantUrl);
    const bob = await openBoard(participantUrl);
    await addCard(alice, 0, "Vor dem Neustart");
    await cardByTitle(bob, "Vor dem Neustart").waitFor();

    await session.stopServer();
    await alice.locator('[data-testid="connection-status"][data-status="offline"]').waitFor();
    await addCard(alice, 0, "Offline geschrieben");
    await alice.getByTestId("pending-count").waitFor();

    await session.startServerAgain();
    await waitUntilOnline(alice);
    await waitUntilOnline(bob);
    await expectTitles(bob, 0, ["Vor dem Neustart", "Offline geschrieben"]);
    await expectTitles(alice, 0, ["Vor dem Neustart", "Offline geschrieben"]);
    await alice.reload();
    await waitUntilOnline(alice);
    await expectTitles(alice, 0, ["Vor dem Neustart", "Offline geschrieben"]);
    const stored = await boardContents(session.server.store, new URL(participantUrl).pathname.split("/")[2]);
    expect(stored?.cards.map((c) => c.content.title).sort()).toEqual(["Offline geschrieben", "Vor dem Neustart"]);
  });

  it("UI-2 the board page has no accessibility violations, for participants and moderators", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const moderator = await openBoard(moderatorUrl);
    await addCard(moderator, 0, "Bürgerenergie", "Wer macht mit?", "Moderation");
    const participant = await openBoard(participantUrl);
    await cardByTitle(participant, "Bürgerenergie").waitFor();
    expect(await axeViolations(participant)).toEqual([]);
    expect(await axeViolations(moderator)).toEqual([]);
    await cardByTitle(moderator, "Bürgerenergie").getByTestId("card-edit").click();
    expect(await axeViolations(moderator)).toEqual([]);
  });

  it("UI-2 works on a 375 px phone screen without sideways scrolling", async () => {
    const { participantUrl } = await createBoard(session.server.url);
    const phone = await openBoard(participantUrl, { width: 375, height: 740 });
    await addCard(phone, 4, "Vom Handy gepostet", "kurz", null);
    expect(await cardByTitle(phone, "Vom Handy gepostet").getByTestId("card-author").textContent()).toBe("anonym");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);
  });
});
