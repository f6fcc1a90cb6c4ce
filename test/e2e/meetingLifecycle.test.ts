import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

const DAY = `${new Date().getFullYear() + 1}-01-24`;
const LINK = "https://meet.example.org/stammtisch-4711-geheim";

function meetingsUrl(url: string): string {
  const [base, hash] = url.split("#");
  return `${base}?view=meetings${hash ? `#${hash}` : ""}`;
}

const meeting = (page: Page, theme: string) => page.locator(`[data-testid="meeting"][data-meeting-theme="${theme}"]`);

async function expand(page: Page, theme: string) {
  const toggle = meeting(page, theme).getByTestId("meeting-toggle");
  await toggle.waitFor({ timeout: 10_000 });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

async function addMeeting(page: Page, theme: string) {
  await page.getByTestId("meeting-add").click();
  const form = page.getByTestId("meeting-form");
  await form.getByLabel("Thema", { exact: true }).fill(theme);
  await form.getByLabel("Datum", { exact: true }).fill(DAY);
  await form.getByLabel("Beginn", { exact: true }).fill("18:30");
  await form.getByLabel("Ende", { exact: true }).fill("20:30");
  await form.getByLabel("Online-Link (optional)", { exact: true }).fill(LINK);
  await form.getByRole("button", { name: "Speichern" }).click();
  await meeting(page, theme).waitFor();
}

async function offerImpulse(page: Page, title: string) {
  await page.getByTestId("impulse-offer").click();
  const form = page.getByTestId("impulse-form");
  await form.getByLabel("Titel des Impulses", { exact: true }).fill(title);
  await form.getByLabel("Wer trägt vor?", { exact: true }).fill("Pia Peters");
  await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("pia@example.org");
  await form.getByRole("button", { name: "Angebot senden" }).click();
  await page.locator(`[data-testid="my-impulse"]`, { hasText: title }).waitFor();
}

describe.skipIf(!hasChromium)("a meeting's life in Chromium", () => {
  const session = browserSessionForThisFile();

  it("MEET-UI-8 MEET-9 a cancelled meeting takes the link from the registered page and the talk off the agenda; its presenter reads why", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeeting(moderator, "Radverkehr");
    const { page: pia } = await session.openBoard(meetingsUrl(participantUrl));
    await expand(pia, "Radverkehr");
    await meeting(pia, "Radverkehr").getByTestId("register-open").click();
    const form = pia.getByTestId("register-form");
    await form.getByLabel("Dein Name", { exact: true }).fill("Pia");
    await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("pia@example.org");
    await form.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await pia.getByTestId("meeting-online-link").waitFor({ timeout: 10_000 });
    await offerImpulse(pia, "Lastenräder im Quartier");

    const offer = moderator.locator('[data-testid="offer"][data-title="Lastenräder im Quartier"]');
    await offer.getByRole("button", { name: "Annehmen" }).click();
    await offer.getByRole("button", { name: "Ans Ende des Ablaufs setzen" }).click();
    await expand(moderator, "Radverkehr");
    await meeting(pia, "Radverkehr").getByTestId("agenda-item").waitFor({ timeout: 10_000 });

    await meeting(moderator, "Radverkehr").getByRole("button", { name: "Treffen absagen" }).click();
    const dialog = moderator.getByRole("dialog");
    expect(await dialog.textContent()).toContain("der Online-Link ist nur noch für die Moderation sichtbar");
    await dialog.getByRole("button", { name: "Treffen absagen" }).click();

    await meeting(pia, "Radverkehr").getByTestId("meeting-cancelled").waitFor({ timeout: 10_000 });
    await expect.poll(() => pia.getByTestId("meeting-online-link").count()).toBe(0);
    expect(await meeting(pia, "Radverkehr").getByTestId("agenda-item").count()).toBe(0);
    const mine = pia.locator('[data-testid="my-impulse"]', { hasText: "Lastenräder im Quartier" });
    await expect.poll(() => mine.getAttribute("data-status")).toBe("cancelled");
    expect(await mine.getByTestId("impulse-status").textContent()).toMatch(/^abgesagt: das Treffen am .* fällt aus$/);
    expect(await pia.content()).not.toContain("stammtisch-4711-geheim");
    // The moderators keep the link.
    await meeting(moderator, "Radverkehr").getByTestId("meeting-online-link").waitFor();
  });

  it("MEET-UI-9 FAIR-3 a moderator deletes an offer after a dialog; it goes from every page", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    const { page: pia } = await session.openBoard(meetingsUrl(participantUrl));
    await offerImpulse(pia, "Werbung für Heizdecken");
    const offer = moderator.locator('[data-testid="offer"][data-title="Werbung für Heizdecken"]');
    await offer.waitFor({ timeout: 10_000 });
    await offer.getByRole("button", { name: "Angebot „Werbung für Heizdecken“ löschen" }).click();
    const dialog = moderator.getByRole("dialog");
    expect(await dialog.textContent()).toContain("mit Kontaktadresse und Nachricht");
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    expect(await offer.count()).toBe(1);
    await offer.getByRole("button", { name: "Angebot „Werbung für Heizdecken“ löschen" }).click();
    await moderator.getByRole("dialog").getByRole("button", { name: "Löschen" }).click();
    await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => pia.getByTestId("my-impulse").count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => moderator.evaluate(() => document.activeElement?.id)).toBe("offers-heading");
  });
});
