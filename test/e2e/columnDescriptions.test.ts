import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/limits";
import { TEMPLATES } from "../../shared/templates";
import { createBoard } from "../helpers/testServer";
import { column } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

const [klima, mobilitaet] = TEMPLATES.stammtisch.columns;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

/** The text of the element the column region names as its description (aria-describedby). */
function regionDescription(target: Locator): Promise<string | null> {
  return target.evaluate((section) => {
    const id = section.getAttribute("aria-describedby");
    return id ? (document.getElementById(id)?.textContent ?? null) : null;
  });
}

/** Pixels by which an element sticks out of its column, left or right. */
async function outside(target: Locator, part: Locator): Promise<number> {
  const columnBox = await target.evaluate((section) => {
    const { left, right } = section.getBoundingClientRect();
    return { left, right };
  });
  return part.evaluate((element, { left, right }) => {
    const box = element.getBoundingClientRect();
    return Math.max(left - box.left, box.right - right, 0);
  }, columnBox);
}

describe.skipIf(!hasChromium)("column descriptions in Chromium (COL-4)", () => {
  const session = browserSessionForThisFile();

  it("COL-4 SYNC-2 UI-3 a moderator edits a description by keyboard alone; the participant's page shows it live", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(moderatorUrl);
    const { page: participant } = await session.openBoard(participantUrl);

    // The template's descriptions show under each title, and name the column region's description.
    const seen = column(participant, 0);
    expect(await seen.getByTestId("column-description").textContent()).toBe(klima.description);
    expect(await regionDescription(seen)).toBe(klima.description);
    expect(await column(participant, 1).getByTestId("column-description").textContent()).toBe(mobilitaet.description);
    // Participants get no way to edit it.
    expect(await participant.getByRole("button", { name: "Spalte bearbeiten" }).count()).toBe(0);
    expect(await participant.getByTestId("edit-column-form").count()).toBe(0);

    const editButton = column(moderator, 0).getByRole("button", { name: "Spalte bearbeiten" });
    await editButton.focus();
    await moderator.keyboard.press("Enter");
    const form = moderator.getByTestId("edit-column-form");
    await form.waitFor();
    expect(await form.getAttribute("aria-label")).toBe(`Spalte „${klima.title}“ bearbeiten`);
    // Focus starts in the title; the description follows it, with its limit told.
    expect(await moderator.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await moderator.keyboard.press("Tab");
    const textarea = form.getByLabel("Beschreibung (optional)");
    expect(await textarea.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await textarea.inputValue()).toBe(klima.description);
    await moderator.keyboard.press("ControlOrMeta+A");
    await moderator.keyboard.type("Bürgerenergie, Wärmeplanung und Solardächer im Ort");
    const hint = form.getByTestId("column-description-hint");
    expect(await hint.textContent()).toContain(`höchstens ${LIMITS.columnDescription} Zeichen`);
    expect(await hint.textContent()).toContain(`Noch ${LIMITS.columnDescription - 50} frei.`);
    expect(await textarea.getAttribute("aria-describedby")).toBe(await hint.getAttribute("id"));
    await moderator.keyboard.press("Tab"); // Abbrechen
    await moderator.keyboard.press("Tab"); // Speichern
    await moderator.keyboard.press("Enter");

    await expect
      .poll(() => seen.getByTestId("column-description").textContent(), { timeout: 10_000 })
      .toBe("Bürgerenergie, Wärmeplanung und Solardächer im Ort");
    expect(await regionDescription(seen)).toBe("Bürgerenergie, Wärmeplanung und Solardächer im Ort");
    // The form is gone and focus is back on the button that opened it.
    expect(await form.count()).toBe(0);
    await expect.poll(() => editButton.evaluate((element) => element === document.activeElement)).toBe(true);

    // Emptied, the description goes away for everyone; Escape leaves a form without saving.
    await editButton.press("Enter");
    await form.getByLabel("Beschreibung (optional)").fill("");
    await form.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => seen.getByTestId("column-description").count()).toBe(0);
    expect(await seen.getAttribute("aria-describedby")).toBeNull();
    await editButton.press("Enter");
    await form.getByLabel("Beschreibung (optional)").fill("Nicht gespeichert");
    await moderator.keyboard.press("Escape");
    expect(await form.count()).toBe(0);
    expect(await column(moderator, 0).getByTestId("column-description").count()).toBe(0);
  });

  it("COL-4 a new column can get its description as it is added", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "empty");
    const { page: moderator } = await session.openBoard(moderatorUrl);
    const { page: participant } = await session.openBoard(participantUrl);
    const addColumn = moderator.getByTestId("add-column");
    await addColumn.getByLabel("Titel der neuen Spalte").fill("Wasser");
    await addColumn.getByLabel("Beschreibung (optional)").fill("Trinkwasser, Starkregen, Dürre");
    await addColumn.getByRole("button", { name: "Spalte hinzufügen" }).click();
    const added = participant.locator('[data-testid="column"][data-column-title="Wasser"]');
    await added.waitFor();
    expect(await added.getByTestId("column-description").textContent()).toBe("Trinkwasser, Starkregen, Dürre");
  });

  it("UI-2 COL-4 axe finds no violations on a board with descriptions, with the edit form open too", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: participant } = await session.openBoard(participantUrl);
    const { page: moderator } = await session.openBoard(moderatorUrl);
    await column(participant, 0).getByTestId("column-description").waitFor();
    expect(await axeViolations(participant)).toEqual([]);
    expect(await axeViolations(moderator)).toEqual([]);
    await column(moderator, 0).getByRole("button", { name: "Spalte bearbeiten" }).click();
    await moderator.getByTestId("edit-column-form").waitFor();
    expect(await axeViolations(moderator)).toEqual([]);
    // An over-long description is refused in the form, with the error tied to the field.
    const textarea = moderator.getByTestId("edit-column-form").getByLabel("Beschreibung (optional)");
    await textarea.fill("x".repeat(LIMITS.columnDescription + 1));
    await moderator.getByTestId("edit-column-form").getByRole("button", { name: "Speichern" }).click();
    expect(await textarea.getAttribute("aria-invalid")).toBe("true");
    expect(
      await moderator.getByTestId("edit-column-form").getByTestId("column-description-hint").textContent(),
    ).toContain("1 zu viel.");
    expect(await axeViolations(moderator)).toEqual([]);
  });

  it("UI-6 UI-2 COL-4 at 375 px a long description without spaces wraps inside its column, and the form fits", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: phone } = await session.openBoard(participantUrl, { width: 375, height: 740 });
    const { page: moderator } = await session.openBoard(moderatorUrl, { width: 375, height: 740 });
    const unbroken = "Bürgerbeteiligungsverfahren".repeat(20).slice(0, LIMITS.columnDescription);

    const target = column(moderator, 2);
    await target.getByRole("button", { name: "Spalte bearbeiten" }).click();
    const form = target.getByTestId("edit-column-form");
    for (const part of [
      form,
      form.getByLabel("Beschreibung (optional)"),
      form.getByRole("button", { name: "Speichern" }),
    ]) {
      expect(await outside(target, part)).toBeLessThanOrEqual(0.5);
    }
    await form.getByLabel("Beschreibung (optional)").fill(unbroken);
    await form.getByRole("button", { name: "Speichern" }).click();

    const shown = column(phone, 2);
    await expect.poll(() => shown.getByTestId("column-description").textContent(), { timeout: 10_000 }).toBe(unbroken);
    const description = shown.getByTestId("column-description");
    expect(await outside(shown, description)).toBeLessThanOrEqual(0.5);
    // It wraps onto many lines rather than widening anything, and it is isolated like all typed text.
    const lines = await description.evaluate(
      (element) => element.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(element).lineHeight),
    );
    expect(lines).toBeGreaterThan(3);
    expect(await description.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe("isolate");
    for (const page of [phone, moderator]) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    }
    expect(await axeViolations(phone)).toEqual([]);
  });
});
