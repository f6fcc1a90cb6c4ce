import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { axeViolations } from "./axe";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { addMeeting, agendaOf, expand, type MeetingFields, meeting, meetingsUrl, offerImpulse } from "./meetingActions";
import { browserSessionForThisFile } from "./session";

/** Every meeting of these journeys is in the Bürgerhaus. */
const addMeetingHere = (page: Page, theme: string, fields: MeetingFields = {}) =>
  addMeeting(page, theme, { place: "Bürgerhaus, Saal 2", ...fields });

async function register(page: Page, theme: string, name: string) {
  await expand(page, theme);
  await meeting(page, theme).getByTestId("register-open").click();
  const form = page.getByTestId("register-form");
  await form.getByLabel("Dein Name", { exact: true }).fill(name);
  await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill(`${name.toLowerCase()}@example.org`);
  await form.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await meeting(page, theme).getByTestId("my-registration").waitFor({ timeout: 10_000 });
}

/** The events of an iCalendar text as ical.js reads them (it fails on anything but a VCALENDAR). */
function eventsIn(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
}

describe.skipIf(!hasChromium)("meetings in Chromium", () => {
  const session = browserSessionForThisFile();

  it("MEET-UI-1 the tabs switch between topics and meetings, by keyboard, and a link opens the meetings", async () => {
    const { participantUrl } = await createBoard(session.server.url);
    const { page } = await session.openBoard(participantUrl);
    expect(await page.getByTestId("column").count()).toBeGreaterThan(0);
    const topics = page.getByRole("tab", { name: "Themen" });
    expect(await topics.getAttribute("aria-selected")).toBe("true");
    await topics.focus();
    await page.keyboard.press("ArrowRight");
    const meetings = page.getByRole("tab", { name: "Treffen" });
    expect(await meetings.getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Treffen");
    await page.getByRole("tabpanel", { name: "Treffen" }).getByTestId("meetings").waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("meetings");
    expect(await page.getByTestId("column").count()).toBe(0);

    const { page: linked } = await session.openBoard(meetingsUrl(participantUrl));
    await linked.getByTestId("meetings").waitFor();
    await linked.getByRole("tab", { name: "Themen" }).click();
    await linked.getByTestId("column").first().waitFor();
    expect(new URL(linked.url()).search).toBe("");
  });

  it("MEET-UI-3 IMP-1 IMP-2 IMP-3 an offered impulse is accepted, scheduled, and shows with its start in both pages", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Wärmeplanung im Quartier");
    const { page: participant } = await session.openBoard(meetingsUrl(participantUrl));
    await meeting(participant, "Wärmeplanung im Quartier").waitFor();

    await participant.getByTestId("impulse-offer").click();
    const form = participant.getByTestId("impulse-form");
    await form.getByLabel("Titel des Impulses", { exact: true }).fill("Erfahrungen aus Lübbenau");
    await form.getByLabel("Wer trägt vor?", { exact: true }).fill("Pia Peters");
    await form.getByLabel("Organisation (optional)", { exact: true }).fill("Energiegenossenschaft");
    await form.getByLabel("Dauer in Minuten", { exact: true }).fill("15");
    await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("pia@example.org");
    await form.getByRole("button", { name: "Angebot senden" }).click();
    const mine = participant.getByTestId("my-impulse");
    await expect.poll(() => mine.getAttribute("data-status")).toBe("offered");
    expect(await mine.getByTestId("impulse-status").textContent()).toBe("angeboten");

    // The moderator's queue shows it live, with the contact only moderators see.
    const offer = moderator.locator('[data-testid="offer"][data-title="Erfahrungen aus Lübbenau"]');
    await offer.waitFor({ timeout: 10_000 });
    expect(await offer.textContent()).toContain("pia@example.org");
    await offer.getByRole("button", { name: "Annehmen" }).click();
    await expect.poll(() => mine.getAttribute("data-status"), { timeout: 10_000 }).toBe("accepted");
    await offer.getByRole("button", { name: "Ans Ende des Ablaufs setzen" }).click();

    for (const page of [moderator, participant]) {
      await expand(page, "Wärmeplanung im Quartier");
      const item = meeting(page, "Wärmeplanung im Quartier").getByTestId("agenda-item");
      await item.waitFor({ timeout: 10_000 });
      expect(await item.getAttribute("data-title")).toBe("Erfahrungen aus Lübbenau");
      expect(await item.getByTestId("agenda-start").textContent()).toBe("18:30");
      expect(await item.textContent()).toContain("Pia Peters (Energiegenossenschaft)");
      expect(await item.textContent()).toContain("15 Min.");
    }
    await expect.poll(() => mine.getAttribute("data-status")).toBe("scheduled");
    expect(await mine.getByTestId("impulse-status").textContent()).toMatch(/^eingeplant für .*24\. Jan\./);
    expect(await meeting(participant, "Wärmeplanung im Quartier").getByTestId("meeting-slots").textContent()).toBe(
      "2 Impulse gesucht",
    );
    expect(await moderator.getByTestId("offer").count()).toBe(0);
  });

  it("MEET-UI-3 MEET-3 VIS-2 VAL-8 a registered participant sees the online link; another never receives it", async () => {
    const secret = "https://meet.example.org/stammtisch-4711-geheim";
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Radverkehr", { onlineLink: secret });
    await expand(moderator, "Radverkehr");
    await moderator.getByTestId("meeting-online-link").waitFor();

    const { page: alice } = await session.openBoard(meetingsUrl(participantUrl));
    await expand(alice, "Radverkehr");
    expect(await alice.getByTestId("meeting-online-link").count()).toBe(0);
    await alice.getByTestId("register-open").click();
    const form = alice.getByTestId("register-form");
    await form.getByLabel("Dein Name", { exact: true }).fill("Alice");
    // VAL-8: an address with umlauts in the name and the town's domain is taken as typed.
    await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("alice.müller@gemeinde-görlitz.de");
    expect(await form.textContent()).toContain("Deine E-Mail-Adresse sieht nur die Moderation.");
    await form.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await alice.locator('[data-testid="my-registration"][data-status="registered"]').waitFor({ timeout: 10_000 });
    expect(await alice.getByTestId("my-registration").textContent()).toContain("Du bist angemeldet.");
    await alice.getByTestId("meeting-online-link").getByRole("link", { name: secret }).waitFor({ timeout: 10_000 });
    await expect
      .poll(() => meeting(moderator, "Radverkehr").getByTestId("meeting-registrations").textContent())
      .toContain("Alice <alice.müller@gemeinde-görlitz.de> – angemeldet");

    // Bob, another participant: everything his page receives from now on, socket frames and answers.
    const { page: bob } = await session.openBoard(meetingsUrl(participantUrl));
    const received: string[] = [];
    bob.on("websocket", (socket) => socket.on("framereceived", (frame) => received.push(String(frame.payload))));
    bob.on("response", (response) => {
      void response.text().then(
        (text) => received.push(text),
        () => undefined,
      );
    });
    await bob.reload();
    await waitUntilOnline(bob);
    await expand(bob, "Radverkehr");
    await expect
      .poll(() => meeting(bob, "Radverkehr").getByTestId("meeting-counts").textContent())
      .toBe("1 angemeldet, 0 auf der Warteliste");
    expect(await bob.getByTestId("meeting-online-link").count()).toBe(0);
    expect(await bob.content()).not.toContain("stammtisch-4711-geheim");
    expect(received.length).toBeGreaterThan(0);
    expect(received.join("\n")).not.toContain("stammtisch-4711-geheim");
    expect(received.join("\n")).not.toContain("gemeinde-görlitz.de");
  });

  it("MEET-UI-3 MEET-UI-7 MEET-1 IMP-2 IMP-3 the moderators' tools: decide, schedule, reorder, edit, cancel, document", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Stammtisch Januar");
    const { page: pia } = await session.openBoard(meetingsUrl(participantUrl));
    await offerImpulse(pia, "Eins", 15);
    await offerImpulse(pia, "Zwei", 10);
    await offerImpulse(pia, "Drei", 5);
    await offerImpulse(pia, "Vier", 5);

    const offer = (title: string) => moderator.locator(`[data-testid="offer"][data-title="${title}"]`);
    for (const title of ["Eins", "Zwei"]) {
      await offer(title).getByRole("button", { name: "Annehmen" }).click();
      await offer(title).getByRole("button", { name: "Ans Ende des Ablaufs setzen" }).click();
      await offer(title).waitFor({ state: "detached" });
    }
    await offer("Drei").getByLabel("Notiz an die vortragende Person (optional)").fill("Passt diesmal nicht");
    await offer("Drei").getByRole("button", { name: "Ablehnen" }).click();
    const mine = (title: string) => pia.locator(`[data-testid="my-impulse"]`, { hasText: title });
    await expect.poll(() => mine("Drei").getAttribute("data-status")).toBe("declined");
    expect(await mine("Drei").textContent()).toContain("Notiz der Moderation: Passt diesmal nicht");
    await mine("Vier").getByRole("button", { name: "Zurückziehen" }).click();
    await expect.poll(() => mine("Vier").getAttribute("data-status")).toBe("withdrawn");
    await offer("Vier").waitFor({ state: "detached" });

    await expand(pia, "Stammtisch Januar");
    await expect.poll(() => agendaOf(pia, "Stammtisch Januar")).toEqual(["18:30 Eins", "18:45 Zwei"]);
    // Reordered by keyboard: the button keeps the focus, the other page follows live.
    await expand(moderator, "Stammtisch Januar");
    await moderator.getByRole("button", { name: "„Zwei“ nach vorn" }).focus();
    await moderator.keyboard.press("Enter");
    await expect.poll(() => agendaOf(pia, "Stammtisch Januar")).toEqual(["18:30 Zwei", "18:40 Eins"]);
    await expect
      .poll(() => moderator.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("„Zwei“ nach vorn");

    // MEET-UI-7: an edit carries the version it was based on. A second moderator's open form says the
    // meeting changed meanwhile, keeps their draft, and saves only once they chose.
    const { page: other } = await session.openBoard(meetingsUrl(moderatorUrl));
    await expand(other, "Stammtisch Januar");
    await meeting(other, "Stammtisch Januar").getByTestId("meeting-edit").click();
    const otherForm = other.getByTestId("meeting-form");
    await otherForm.getByLabel("Ort (optional)", { exact: true }).fill("Rathaus");
    await meeting(moderator, "Stammtisch Januar").getByTestId("meeting-edit").click();
    await moderator.getByTestId("meeting-form").getByLabel("Thema", { exact: true }).fill("Stammtisch im Januar");
    await moderator.getByTestId("meeting-form").getByRole("button", { name: "Speichern" }).click();
    await meeting(pia, "Stammtisch im Januar").waitFor();
    const conflict = other.getByTestId("meeting-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("„Stammtisch im Januar“");
    await otherForm.getByRole("button", { name: "Speichern" }).click();
    await expect
      .poll(() => other.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("meeting-conflict");
    expect(await otherForm.getByLabel("Ort (optional)", { exact: true }).inputValue()).toBe("Rathaus");
    expect(await other.locator('[data-testid="problem"][data-code="conflict"]').count()).toBe(0);
    await conflict.getByRole("button", { name: "Gespeicherte Fassung übernehmen" }).click();
    expect(await otherForm.getByLabel("Thema", { exact: true }).inputValue()).toBe("Stammtisch im Januar");
    await otherForm.getByLabel("Ort (optional)", { exact: true }).fill("Rathaus");
    await otherForm.getByRole("button", { name: "Speichern" }).click();
    await expand(pia, "Stammtisch im Januar");
    await expect.poll(() => meeting(pia, "Stammtisch im Januar").textContent()).toContain("Rathaus");
    expect(await other.locator('[data-testid="problem"][data-code="conflict"]').count()).toBe(0);

    // Cancelled after asking; everyone sees it.
    await expand(moderator, "Stammtisch im Januar");
    await meeting(moderator, "Stammtisch im Januar").getByRole("button", { name: "Treffen absagen" }).click();
    await moderator.getByRole("dialog").getByRole("button", { name: "Treffen absagen" }).click();
    await meeting(pia, "Stammtisch im Januar").getByTestId("meeting-cancelled").waitFor();

    // A past meeting's documentation shows below, under its own heading.
    await moderator.getByTestId("meeting-add").click();
    const form = moderator.getByTestId("meeting-form");
    await form.getByLabel("Thema", { exact: true }).fill("Rückblick");
    await form.getByLabel("Datum", { exact: true }).fill("2025-05-05");
    await form.getByRole("button", { name: "Speichern" }).click();
    const past = meeting(moderator, "Rückblick");
    await expand(moderator, "Rückblick");
    await past.getByRole("button", { name: "Dokumentieren" }).click();
    await past.getByLabel("Text", { exact: true }).fill("Protokoll: 14 Leute, drei Impulse.");
    await past.getByLabel("Link (optional)", { exact: true }).fill("https://wiki.example.org/rueckblick");
    await past.getByRole("button", { name: "Speichern" }).click();
    const documented = pia.getByTestId("meetings-past").getByTestId("meeting-documentation");
    await documented.waitFor();
    expect(await documented.textContent()).toContain("Protokoll: 14 Leute, drei Impulse.");
    expect(await documented.getByRole("link").getAttribute("href")).toBe("https://wiki.example.org/rueckblick");
    expect(await pia.getByRole("heading", { name: "Vergangene Treffen" }).count()).toBe(1);
  });

  it("MEET-UI-3 MEET-6 a card chosen as a meeting's theme says so on the board", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: pia } = await session.openBoard(participantUrl);
    await addCard(pia, 0, "Wärmepumpen im Altbau", "", "Pia");
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Heizen ohne Gas", { themeCard: "Wärmepumpen im Altbau" });
    expect(await meeting(moderator, "Heizen ohne Gas").textContent()).toContain("Thema: Wärmepumpen im Altbau");
    const theme = cardByTitle(pia, "Wärmepumpen im Altbau").getByTestId("card-theme");
    await theme.waitFor({ timeout: 10_000 });
    expect(await theme.textContent()).toBe("Thema am 24. Jan.");
  });

  it("MEET-UI-5 MEET-7 MEET-8 a participant adds a meeting to the calendar, subscribes, and keeps a personal feed with the link", async () => {
    const secret = "https://meet.example.org/kalender-0815-geheim";
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Kalender im Quartier", { onlineLink: secret });

    const { page: alice } = await session.openBoard(meetingsUrl(participantUrl));
    await expand(alice, "Kalender im Quartier");
    const [download] = await Promise.all([
      alice.waitForEvent("download"),
      meeting(alice, "Kalender im Quartier")
        .getByRole("link", { name: /^Zum Kalender hinzufügen/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const file = await readFile(await download.path(), "utf8");
    const [event] = eventsIn(file);
    expect(event.summary).toBe("Kalender im Quartier");
    expect(file).not.toContain("kalender-0815");

    // The board's feed to subscribe to: https (here http) to copy, and webcal:// for calendar apps.
    const origin = new URL(participantUrl).origin;
    const boardId = new URL(participantUrl).pathname.split("/").at(-1);
    const feedUrl = await alice.getByTestId("calendar-feed-url").inputValue();
    expect(feedUrl).toBe(`${origin}/api/boards/${boardId}/meetings.ics`);
    expect(await alice.getByTestId("calendar-webcal").getAttribute("href")).toBe(feedUrl.replace(/^http:/, "webcal:"));
    const feed = await alice.request.get(feedUrl);
    expect(eventsIn(await feed.text()).map((e) => e.summary)).toEqual(["Kalender im Quartier"]);

    // Only a registered person is offered a personal feed; it carries the link where they have a place.
    expect(await alice.getByTestId("calendar-personal-create").count()).toBe(0);
    await register(alice, "Kalender im Quartier", "Alice");
    await alice.getByRole("button", { name: "Persönlichen Kalender mit Zugangslink abonnieren" }).click();
    const personal = alice.getByTestId("calendar-personal");
    await personal.waitFor();
    expect(await personal.textContent()).toContain("Wer diesen Zugangslink hat, sieht die Online-Links");
    const personalUrl = await alice.getByTestId("calendar-personal-url").inputValue();
    expect(personalUrl).toMatch(
      new RegExp(`^${origin}/api/boards/${boardId}/feeds/[^/]+\\.ics\\?key=[A-Za-z0-9_-]{43}$`),
    );
    await expect.poll(async () => (await alice.request.get(personalUrl)).status(), { timeout: 10_000 }).toBe(200);
    const [mine] = eventsIn(await (await alice.request.get(personalUrl)).text());
    expect(mine.description).toContain(secret);
    expect(await axeViolations(alice)).toEqual([]);

    // The same URL after a reload (the secret stays in this browser); revoking makes it answer 404.
    await alice.reload();
    await waitUntilOnline(alice);
    await expect.poll(() => alice.getByTestId("calendar-personal-url").inputValue()).toBe(personalUrl);
    const other = await alice.context().newPage();
    await other.goto(meetingsUrl(participantUrl));
    await waitUntilOnline(other);
    await expect.poll(() => other.getByTestId("calendar-personal-url").inputValue()).toBe(personalUrl);
    await alice.getByRole("button", { name: "Zugangslink widerrufen" }).click();
    await expect.poll(async () => (await alice.request.get(personalUrl)).status(), { timeout: 10_000 }).toBe(404);
    await alice.getByTestId("calendar-personal-create").waitFor();
    // Her other tab follows; a new link made there replaces the old one and shows in both.
    await other.getByTestId("calendar-personal-create").click({ timeout: 10_000 });
    const renewed = await other.getByTestId("calendar-personal-url").inputValue();
    expect(renewed).not.toBe(personalUrl);
    await expect
      .poll(
        () =>
          alice
            .getByTestId("calendar-personal-url")
            .inputValue()
            .catch(() => ""),
        { timeout: 10_000 },
      )
      .toBe(renewed);
    await other.close();
  });

  it("MEET-UI-6 MEET-4 a person waiting reads their place on the list, and it moves up live", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Nur ein Platz", { capacity: 1, onlineLink: "https://meet.example.org/eins" });
    const [alice, bob, carol] = await Promise.all(
      [0, 1, 2].map(async () => (await session.openBoard(meetingsUrl(participantUrl))).page),
    );
    const status = (page: Page) => meeting(page, "Nur ein Platz").getByTestId("my-registration-status");
    await register(alice, "Nur ein Platz", "Alice");
    await expect.poll(() => status(alice).textContent()).toBe("Du bist angemeldet.");
    await register(bob, "Nur ein Platz", "Bob");
    await expect.poll(() => status(bob).textContent()).toBe("Du stehst auf Platz 1 der Warteliste.");
    await register(carol, "Nur ein Platz", "Carol");
    await expect.poll(() => status(carol).textContent()).toBe("Du stehst auf Platz 2 der Warteliste.");

    await meeting(bob, "Nur ein Platz").getByRole("button", { name: "Abmelden" }).click();
    await expect
      .poll(() => status(carol).textContent(), { timeout: 10_000 })
      .toBe("Du stehst auf Platz 1 der Warteliste.");
    await meeting(alice, "Nur ein Platz").getByRole("button", { name: "Abmelden" }).click();
    await expect.poll(() => status(carol).textContent(), { timeout: 10_000 }).toBe("Du bist angemeldet.");
    await meeting(carol, "Nur ein Platz").getByTestId("meeting-online-link").waitFor({ timeout: 10_000 });
  });

  it("MEET-UI-3 MEET-5 a moderator deletes a meeting after a dialog that says its registrations go too", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Doppelt angelegt");
    const { page: alice } = await session.openBoard(meetingsUrl(participantUrl));
    await register(alice, "Doppelt angelegt", "Alice");
    await expect
      .poll(() => meeting(moderator, "Doppelt angelegt").getByTestId("meeting-counts").textContent())
      .toBe("1 angemeldet, 0 auf der Warteliste");

    await expand(moderator, "Doppelt angelegt");
    await meeting(moderator, "Doppelt angelegt").getByRole("button", { name: "Treffen löschen" }).click();
    const dialog = moderator.getByRole("dialog", { name: "Treffen löschen?" });
    expect(await dialog.textContent()).toContain("mit allen Anmeldungen (1) samt Namen und E-Mail-Adressen");
    // Asked, not done: cancelling the dialog keeps the meeting.
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await meeting(moderator, "Doppelt angelegt").count()).toBe(1);
    await meeting(moderator, "Doppelt angelegt").getByRole("button", { name: "Treffen löschen" }).click();
    await dialog.getByRole("button", { name: "Treffen löschen" }).click();
    await meeting(alice, "Doppelt angelegt").waitFor({ state: "detached", timeout: 10_000 });
    await moderator.getByTestId("meetings-empty").waitFor();
    // The button that had focus is gone with the meeting: focus goes to the list's heading, not the page.
    await expect.poll(() => moderator.evaluate(() => document.activeElement?.id)).toBe("meetings-upcoming");
    // Her registration went with it: the board she reads again from the server holds none.
    await alice.reload();
    await waitUntilOnline(alice);
    await alice.getByTestId("meetings-empty").waitFor();
    expect(await alice.getByTestId("calendar-personal-create").count()).toBe(0);
  });

  it("MEET-UI-3 IMP-2 a presenter edits their offer while it is undecided; once decided, the edit is refused", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Stammtisch Februar");
    const { page: pia } = await session.openBoard(meetingsUrl(participantUrl));
    await offerImpulse(pia, "Solardächer", 10);

    const mine = pia.getByTestId("my-impulse");
    await mine.getByRole("button", { name: "Angebot „Solardächer“ bearbeiten" }).click();
    const form = pia.getByTestId("impulse-edit-form");
    expect(await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).inputValue()).toBe("pia@example.org");
    await form.getByLabel("Titel des Impulses", { exact: true }).fill("Solardächer für alle");
    await form.getByLabel("Dauer in Minuten", { exact: true }).fill("20");
    await form.getByRole("button", { name: "Änderungen speichern" }).click();
    await form.waitFor({ state: "detached" });
    await expect
      .poll(() => pia.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Angebot „Solardächer für alle“ bearbeiten");
    const offer = moderator.locator('[data-testid="offer"][data-title="Solardächer für alle"]');
    await offer.waitFor({ timeout: 10_000 });
    expect(await offer.textContent()).toContain("Pia Peters, 20 Min.");

    // The moderators decide while the presenter's form is open: the edit no longer applies.
    await mine.getByRole("button", { name: "Angebot „Solardächer für alle“ bearbeiten" }).click();
    await form.getByLabel("Titel des Impulses", { exact: true }).fill("Zu spät geändert");
    await offer.getByRole("button", { name: "Annehmen" }).click();
    await expect.poll(() => mine.getAttribute("data-status"), { timeout: 10_000 }).toBe("accepted");
    await form.getByRole("button", { name: "Änderungen speichern" }).click();
    await pia.locator('[data-testid="problem"]', { hasText: "Impuls-Angebot nicht gespeichert" }).waitFor();
    expect(await pia.getByTestId("problem").textContent()).toContain("Zu spät geändert");
    expect(await mine.locator("strong").textContent()).toBe("Solardächer für alle");
  });

  it("MEET-UI-3 IMP-3 IMP-4 a move on the agenda is announced with the new start; a talk is cancelled with a note, or moved to another meeting", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Stammtisch März");
    const { page: pia } = await session.openBoard(meetingsUrl(participantUrl));
    await offerImpulse(pia, "Eins", 15);
    await offerImpulse(pia, "Zwei", 10);
    for (const title of ["Eins", "Zwei"]) {
      const offer = moderator.locator(`[data-testid="offer"][data-title="${title}"]`);
      await offer.getByRole("button", { name: "Annehmen" }).click();
      await offer.getByRole("button", { name: "Ans Ende des Ablaufs setzen" }).click();
      await offer.waitFor({ state: "detached" });
    }
    await expand(moderator, "Stammtisch März");
    await expect.poll(() => agendaOf(moderator, "Stammtisch März")).toEqual(["18:30 Eins", "18:45 Zwei"]);
    const announcer = meeting(moderator, "Stammtisch März").getByTestId("agenda-announcer");
    expect(await announcer.getAttribute("aria-live")).toBe("polite");
    await moderator.getByRole("button", { name: "„Zwei“ nach vorn" }).click();
    await expect.poll(() => announcer.textContent()).toBe("Impuls „Zwei“ nach vorn verschoben: jetzt 18:30 Uhr");
    await moderator.getByRole("button", { name: "„Zwei“ nach hinten" }).click();
    await expect.poll(() => announcer.textContent()).toBe("Impuls „Zwei“ nach hinten verschoben: jetzt 18:45 Uhr");

    const eins = meeting(moderator, "Stammtisch März").locator('[data-testid="agenda-item"][data-title="Eins"]');
    await eins.getByRole("button", { name: "Impuls absagen" }).click();
    const cancel = eins.getByRole("group", { name: "Impuls „Eins“ absagen" });
    await cancel.getByLabel("Notiz an die vortragende Person (optional)").fill("Der Saal ist kleiner, leider.");
    expect(await axeViolations(moderator)).toEqual([]);
    await cancel.getByRole("button", { name: "Absage senden" }).click();
    await expect.poll(() => agendaOf(moderator, "Stammtisch März")).toEqual(["18:30 Zwei"]);
    const mine = pia.locator('[data-testid="my-impulse"]', { hasText: "Eins" });
    await expect.poll(() => mine.getAttribute("data-status"), { timeout: 10_000 }).toBe("cancelled");
    expect(await mine.textContent()).toContain("Notiz der Moderation: Der Saal ist kleiner, leider.");

    // Moved to another meeting by keyboard: it leaves one agenda and ends the other, live for the presenter.
    await addMeetingHere(moderator, "Stammtisch April");
    const zwei = meeting(moderator, "Stammtisch März").locator('[data-testid="agenda-item"][data-title="Zwei"]');
    await zwei.getByRole("button", { name: "Verschieben" }).focus();
    await moderator.keyboard.press("Enter");
    const move = zwei.getByRole("group", { name: "Impuls „Zwei“ zu einem anderen Treffen verschieben" });
    expect(await move.getByLabel("Zu welchem Treffen?").evaluate((select) => select === document.activeElement)).toBe(
      true,
    );
    expect(await axeViolations(moderator)).toEqual([]);
    await move.getByRole("button", { name: "Dorthin verschieben" }).click();
    await expect.poll(() => agendaOf(moderator, "Stammtisch März")).toEqual([]);
    await expand(pia, "Stammtisch April");
    await expect.poll(() => agendaOf(pia, "Stammtisch April")).toEqual(["18:30 Zwei"]);
  });

  it("MEET-UI-4 UI-2 the meetings view has no axe violations, for moderators and participants, and fits 375 px", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url);
    const { page: moderator } = await session.openBoard(meetingsUrl(moderatorUrl));
    await addMeetingHere(moderator, "Offene Werkstatt", { onlineLink: "https://meet.example.org/werkstatt" });
    await expand(moderator, "Offene Werkstatt");
    await moderator.getByTestId("impulse-offer").click();
    expect(await axeViolations(moderator)).toEqual([]);

    const { page: phone } = await session.openBoard(meetingsUrl(participantUrl), { width: 375, height: 740 });
    await expand(phone, "Offene Werkstatt");
    await phone.getByTestId("register-open").click();
    await phone.getByTestId("impulse-offer").click();
    expect(await axeViolations(phone)).toEqual([]);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The moderator's tools on a phone, in English.
    const { page: small } = await session.openBoard(meetingsUrl(moderatorUrl), {
      width: 375,
      height: 740,
      locale: "en-GB",
    });
    await small.getByRole("tab", { name: "Meetings" }).waitFor();
    await expand(small, "Offene Werkstatt");
    await small.getByTestId("meeting-add").click();
    expect(await axeViolations(small)).toEqual([]);
    expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
