import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { axeViolations } from "./axe";
import { hasChromium } from "./browser";
import { addMeeting, agendaOf, expand, meeting, meetingsUrl, offerImpulse } from "./meetingActions";
import { browserSessionForThisFile } from "./session";

/** Adds an agenda item through the form, by keyboard-reachable controls only. */
async function addItem(page: Page, theme: string, kind: string, minutes: number, where?: string) {
  await meeting(page, theme).getByTestId("agenda-item-add").click();
  const form = meeting(page, theme).getByTestId("agenda-item-form");
  await form.getByLabel("Art", { exact: true }).selectOption({ label: kind });
  await form.getByLabel("Dauer in Minuten", { exact: true }).fill(String(minutes));
  if (where) await form.getByLabel("Wo im Ablauf", { exact: true }).selectOption({ label: where });
  await form.getByRole("button", { name: "Programmpunkt hinzufügen" }).click();
  await form.waitFor({ state: "detached" });
}

describe.skipIf(!hasChromium)("a meeting's agenda in Chromium (AGENDA-1, AGENDA-2, MEET-11)", () => {
  const session = browserSessionForThisFile();

  it("AGENDA-1 AGENDA-2 MEET-UI-4 a moderator on a phone builds a welcome, two talks, a break and a closing round; the times show everywhere", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl), { width: 375, height: 800 });
    await addMeeting(moderator, "Stammtisch Mai", { endTime: "21:00" });
    const { page: pia } = await session.openBoard(meetingsUrl(participantUrl));
    await offerImpulse(pia, "Eins", 15);
    await offerImpulse(pia, "Zwei", 20);
    for (const title of ["Eins", "Zwei"]) {
      const offer = moderator.locator(`[data-testid="offer"][data-title="${title}"]`);
      await offer.getByRole("button", { name: "Annehmen" }).click();
      await offer.getByRole("button", { name: "Ans Ende des Ablaufs setzen" }).click();
      await offer.waitFor({ state: "detached" });
    }
    await expand(moderator, "Stammtisch Mai");
    await expect.poll(() => agendaOf(moderator, "Stammtisch Mai")).toEqual(["18:30 Eins", "18:45 Zwei"]);

    // A welcome goes to the start by default; the talks move back by its minutes.
    await meeting(moderator, "Stammtisch Mai").getByTestId("agenda-item-add").click();
    const form = meeting(moderator, "Stammtisch Mai").getByTestId("agenda-item-form");
    expect(await form.getByLabel("Titel", { exact: true }).inputValue()).toBe("Begrüßung");
    expect(await form.getByLabel("Wo im Ablauf", { exact: true }).inputValue()).toBe("start");
    expect(await axeViolations(moderator)).toEqual([]);
    await form.getByRole("button", { name: "Programmpunkt hinzufügen" }).click();
    await expect
      .poll(() => agendaOf(moderator, "Stammtisch Mai"))
      .toEqual(["18:30 Begrüßung", "18:40 Eins", "18:55 Zwei"]);
    const announcer = meeting(moderator, "Stammtisch Mai").getByTestId("agenda-announcer");
    await expect.poll(() => announcer.textContent()).toBe("„Begrüßung“ hinzugefügt: 18:30 Uhr");

    // A break at the end, moved between the talks with the keyboard.
    await addItem(moderator, "Stammtisch Mai", "Pause", 15);
    await expect.poll(() => agendaOf(moderator, "Stammtisch Mai")).toContain("19:15 Pause");
    await moderator.getByRole("button", { name: "„Pause“ nach vorn" }).focus();
    await moderator.keyboard.press("Enter");
    await expect.poll(() => announcer.textContent()).toBe("„Pause“ nach vorn verschoben: jetzt 18:55 Uhr");
    expect(await moderator.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "„Pause“ nach vorn",
    );

    await addItem(moderator, "Stammtisch Mai", "Abschlussrunde", 30);
    const built = ["18:30 Begrüßung", "18:40 Eins", "18:55 Pause", "19:10 Zwei", "19:30 Abschlussrunde"];
    await expect.poll(() => agendaOf(moderator, "Stammtisch Mai")).toEqual(built);

    // The break shortened: everything after it starts earlier, on the participant's page too.
    await moderator.getByRole("button", { name: "Programmpunkt „Pause“ bearbeiten" }).click();
    const edit = meeting(moderator, "Stammtisch Mai").getByTestId("agenda-item-form");
    await edit.getByLabel("Dauer in Minuten", { exact: true }).fill("10");
    await edit.getByRole("button", { name: "Speichern" }).click();
    const final = ["18:30 Begrüßung", "18:40 Eins", "18:55 Pause", "19:05 Zwei", "19:25 Abschlussrunde"];
    await expect.poll(() => agendaOf(moderator, "Stammtisch Mai")).toEqual(final);
    await expand(pia, "Stammtisch Mai");
    await expect.poll(() => agendaOf(pia, "Stammtisch Mai"), { timeout: 10_000 }).toEqual(final);
    // Participants read the agenda, never its tools.
    expect(await meeting(pia, "Stammtisch Mai").getByTestId("agenda-item-add").count()).toBe(0);
    expect(
      await meeting(pia, "Stammtisch Mai")
        .getByRole("button", { name: /bearbeiten|entfernen/ })
        .count(),
    ).toBe(0);

    // MEET-11: the meeting has not begun, so no talk is offered as held.
    expect(await meeting(moderator, "Stammtisch Mai").getByRole("button", { name: "Gehalten" }).count()).toBe(0);
    expect(await meeting(moderator, "Stammtisch Mai").getByRole("button", { name: "Impuls absagen" }).count()).toBe(2);

    // Removing an item: the rest close up, the focus stays in the agenda's tools.
    await moderator.getByRole("button", { name: "Programmpunkt „Begrüßung“ entfernen" }).click();
    await expect
      .poll(() => agendaOf(moderator, "Stammtisch Mai"))
      .toEqual(["18:30 Eins", "18:45 Pause", "18:55 Zwei", "19:15 Abschlussrunde"]);
    await expect
      .poll(() => moderator.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("agenda-item-add");

    expect(await axeViolations(moderator)).toEqual([]);
    expect(
      await moderator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });

  it("MEET-11 a meeting that is over offers no 'Treffen absagen'; one still to come does", async () => {
    const { moderatorUrl } = await createBoard(session.server.url);
    const { page } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeeting(page, "Rückblick", { date: "2021-03-04", endTime: "21:00" });
    await addMeeting(page, "Ausblick", { endTime: "21:00" });
    await expand(page, "Rückblick");
    await expand(page, "Ausblick");
    await meeting(page, "Rückblick").getByRole("button", { name: "Treffen bearbeiten" }).waitFor();
    expect(await meeting(page, "Rückblick").getByRole("button", { name: "Treffen absagen" }).count()).toBe(0);
    expect(await meeting(page, "Ausblick").getByRole("button", { name: "Treffen absagen" }).count()).toBe(1);
  });
});
