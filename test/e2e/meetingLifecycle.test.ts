import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { addMeeting, expand, meeting, meetingsUrl, offerImpulse } from "./meetingActions";
import { browserSessionForThisFile } from "./session";

const LINK = "https://meet.example.org/stammtisch-4711-geheim";

describe.skipIf(!hasChromium)("a meeting's life in Chromium", () => {
  const session = browserSessionForThisFile();

  it("MEET-UI-8 MEET-9 a cancelled meeting takes the link from the registered page and the talk off the agenda; its presenter reads why", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeeting(moderator, "Radverkehr", { onlineLink: LINK });
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
