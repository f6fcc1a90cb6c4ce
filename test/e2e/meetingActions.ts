import type { Page } from "playwright-core";

/** The meetings view's steps (MEET-UI-*), in the words a German-speaking moderator or participant sees. */

/** A day in next year's January: always upcoming. */
export const DAY = `${new Date().getFullYear() + 1}-01-24`;

/** The board link that opens the meetings view (MEET-UI-1); a moderator link keeps its key in the hash. */
export function meetingsUrl(url: string): string {
  const [base, hash] = url.split("#");
  return `${base}?view=meetings${hash ? `#${hash}` : ""}`;
}

export function meeting(page: Page, theme: string) {
  return page.locator(`[data-testid="meeting"][data-meeting-theme="${theme}"]`);
}

export interface MeetingFields {
  date?: string;
  endTime?: string;
  place?: string;
  onlineLink?: string;
  capacity?: number;
  themeCard?: string;
}

/** A moderator adds a meeting through the form: on DAY from 18:30 to 20:30 unless said otherwise. */
export async function addMeeting(page: Page, theme: string, fields: MeetingFields = {}) {
  await page.getByTestId("meeting-add").click();
  const form = page.getByTestId("meeting-form");
  await form.getByLabel("Thema", { exact: true }).fill(theme);
  await form.getByLabel("Datum", { exact: true }).fill(fields.date ?? DAY);
  await form.getByLabel("Beginn", { exact: true }).fill("18:30");
  await form.getByLabel("Ende", { exact: true }).fill(fields.endTime ?? "20:30");
  if (fields.place) await form.getByLabel("Ort (optional)", { exact: true }).fill(fields.place);
  if (fields.onlineLink) await form.getByLabel("Online-Link (optional)", { exact: true }).fill(fields.onlineLink);
  if (fields.capacity)
    await form.getByLabel("Plätze für Teilnehmende (leer: unbegrenzt)", { exact: true }).fill(String(fields.capacity));
  if (fields.themeCard)
    await form.getByLabel("Karte als Thema", { exact: true }).selectOption({ label: fields.themeCard });
  await form.getByRole("button", { name: "Speichern" }).click();
  await meeting(page, theme).waitFor();
}

/** Opens a meeting's details, unless they are open. */
export async function expand(page: Page, theme: string) {
  const toggle = meeting(page, theme).getByTestId("meeting-toggle");
  await toggle.waitFor({ timeout: 10_000 });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

/** Pia offers an impulse talk (of the form's length unless `minutes` says). */
export async function offerImpulse(page: Page, title: string, minutes?: number) {
  await page.getByTestId("impulse-offer").click();
  const form = page.getByTestId("impulse-form");
  await form.getByLabel("Titel des Impulses", { exact: true }).fill(title);
  await form.getByLabel("Wer trägt vor?", { exact: true }).fill("Pia Peters");
  if (minutes !== undefined) await form.getByLabel("Dauer in Minuten", { exact: true }).fill(String(minutes));
  await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("pia@example.org");
  await form.getByRole("button", { name: "Angebot senden" }).click();
  await page.locator(`[data-testid="my-impulse"]`, { hasText: title }).waitFor();
}

/** A meeting's agenda as shown: "start title" per item. */
export function agendaOf(page: Page, theme: string): Promise<string[]> {
  return meeting(page, theme)
    .getByTestId("agenda-item")
    .evaluateAll((items) =>
      items.map((item) => `${item.querySelector("[data-testid=agenda-start]")?.textContent} ${item.dataset.title}`),
    );
}
