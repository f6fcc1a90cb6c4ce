import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedBusinessCard } from "../helpers/businessCards";
import { createBoard } from "../helpers/testServer";
import { axeViolations } from "./axe";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** The networking wall's journeys (NET-UI-1..7), against the real server half (NET-1..7). */

const card = (page: Page, name: string) => page.locator(`[data-testid="business-card"][data-card-name="${name}"]`);

async function publishOwnCard(
  page: Page,
  fields: { name: string; region?: string; topics?: string[]; seeks?: string },
) {
  await page.getByTestId("card-publish").click();
  const form = page.getByTestId("card-form");
  await form.getByLabel("Name", { exact: true }).fill(fields.name);
  if (fields.region) await form.getByLabel("Region (Landkreis oder Ort, optional)").selectOption(fields.region);
  for (const topic of fields.topics ?? []) {
    await form.getByLabel("Thema hinzufügen", { exact: true }).fill(topic);
    await form.getByLabel("Thema hinzufügen", { exact: true }).press("Enter");
  }
  if (fields.seeks) await form.getByLabel("Ich suche (optional)").fill(fields.seeks);
  await form.getByTestId("card-consent").check();
  await form.getByRole("button", { name: "Visitenkarte veröffentlichen" }).click();
  await page.getByTestId("edit-link-panel").waitFor();
  await card(page, fields.name).waitFor({ timeout: 10_000 });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The properties of each vCard in a file, as ical.js (an independent parser) reads them. */
function vcardsIn(text: string) {
  const parsed = ICAL.parse(text) as unknown[];
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return cards.map((jcard) => {
    const component = new ICAL.Component(jcard as never);
    expect(component.name).toBe("vcard");
    return {
      version: component.getFirstPropertyValue("version"),
      fn: component.getFirstPropertyValue("fn"),
      uid: component.getFirstPropertyValue("uid"),
      emails: component.getAllProperties("email").map((p) => p.getFirstValue()),
      tels: component.getAllProperties("tel").map((p) => String(p.getFirstValue())),
      note: String(component.getFirstPropertyValue("note") ?? ""),
    };
  });
}

describe.skipIf(!hasChromium)("the networking wall in Chromium", () => {
  const session = browserSessionForThisFile();

  it("NET-UI-2 NET-UI-1 a card published with consent appears live elsewhere, contact data as its person chose", async () => {
    const { participantUrl, moderatorUrl } = await createBoard(session.server.url, "vernetzung");
    const { page: anna } = await session.openBoard(participantUrl);
    const { page: ben } = await session.openBoard(participantUrl);
    await ben.getByTestId("wall").waitFor();

    await anna.getByTestId("card-publish").click();
    const form = anna.getByTestId("card-form");
    await form.getByLabel("Name", { exact: true }).fill("Anna Łukasz-Müller");
    await form.getByLabel("Organisation (optional)").fill("Kulturbahnhof Cottbus e. V.");
    await form.getByRole("checkbox", { name: "Kultur" }).check();
    await form.getByRole("checkbox", { name: "Jugendarbeit" }).check();
    await form.getByLabel("Region (Landkreis oder Ort, optional)").selectOption("Cottbus");
    await form.getByLabel("Thema hinzufügen", { exact: true }).fill("Jugendbeteiligung");
    await form.getByRole("button", { name: "Hinzufügen" }).click();
    await form.getByLabel("Thema hinzufügen", { exact: true }).fill("Energiewende");
    await form.getByLabel("Thema hinzufügen", { exact: true }).press("Enter");
    await form.getByLabel("Ich biete (optional)").fill("Räume für Workshops\nund Technik");
    await form.getByLabel("E-Mail-Adresse (optional)", { exact: true }).fill("anna@example.org");
    await form.getByTestId("visibility-email").selectOption("moderators");
    await form.getByLabel("Telefon (optional)", { exact: true }).fill("+49 355 123456");
    await form.getByTestId("visibility-phone").selectOption("board");
    // Without the consent tick nothing is sent.
    await form.getByRole("button", { name: "Visitenkarte veröffentlichen" }).click();
    expect(await form.getByText("Bitte bestätige dein Einverständnis.").count()).toBe(1);
    expect(await form.getByTestId("card-consent").evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByTestId("card-consent").check();
    await form.getByRole("button", { name: "Visitenkarte veröffentlichen" }).click();

    // The private edit link, to keep; its secret is in the fragment.
    const link = await anna.getByTestId("edit-link").inputValue();
    expect(link).toMatch(/\/b\/[\w-]+\?view=wall#edit=[\w-]+\.[\w-]{43}$/);
    const mine = card(anna, "Anna Łukasz-Müller");
    await mine.waitFor({ timeout: 10_000 });
    expect(await mine.textContent()).toContain("anna@example.org");

    const hers = card(ben, "Anna Łukasz-Müller");
    await hers.waitFor({ timeout: 10_000 });
    const text = await hers.textContent();
    expect(text).toContain("Kulturbahnhof Cottbus e. V.");
    expect(text).toContain("Jugendbeteiligung");
    expect(text).toContain("+49 355 123456");
    expect(text).not.toContain("anna@example.org");
    expect(await ben.getByTestId("card-publish").count()).toBe(1);
    expect(await anna.getByTestId("card-publish").count()).toBe(0);

    // Who reads the moderators-only email, in words that fit the reader.
    expect(await mine.textContent()).toContain("anna@example.org (sehen nur du und die Moderation)");
    const { page: moderator } = await session.openBoard(moderatorUrl);
    const forModerators = card(moderator, "Anna Łukasz-Müller");
    await forModerators.waitFor({ timeout: 10_000 });
    expect(await forModerators.textContent()).toContain("anna@example.org (sieht nur die Moderation)");
  });

  it("NET-UI-3 NET-UI-4 the wall filters by region and topic, and shows why another person fits", async () => {
    const { participantUrl, boardId } = await createBoard(session.server.url, "vernetzung");
    const url = session.server.url;
    await seedBusinessCard(url, boardId, {
      name: "Carla Schulz",
      region: "Landkreis Bautzen",
      topics: ["Energiewende", "Kultur"],
      offers: "Moderation von Workshops und Beteiligungsformaten",
    });
    await seedBusinessCard(url, boardId, { name: "Dirk Lehmann", region: "Cottbus", topics: ["Energiewende"] });
    await seedBusinessCard(url, boardId, { name: "Emil Nowak", region: "Landkreis Bautzen", topics: ["Sport"] });

    const { page } = await session.openBoard(participantUrl);
    await card(page, "Emil Nowak").waitFor();
    await publishOwnCard(page, {
      name: "Frieda Krüger",
      region: "Cottbus",
      topics: ["Energiewende", "Kultur"],
      seeks: "Jemanden für die Moderation unseres Zukunftsforums",
    });

    const hints = await card(page, "Carla Schulz").getByTestId("match-hint").allTextContents();
    expect(hints).toEqual(["Teilt 2 Themen mit dir: Energiewende, Kultur", "Bietet, was du suchst: Moderation"]);
    expect(await card(page, "Dirk Lehmann").getByTestId("match-hint").allTextContents()).toEqual([
      "Teilt 1 Thema mit dir: Energiewende",
    ]);
    expect(await card(page, "Emil Nowak").getByTestId("match-hint").count()).toBe(0);
    const people = page.getByTestId("people-for-you").getByTestId("person-for-you");
    expect(await people.evaluateAll((items) => items.map((item) => item.getAttribute("data-card-name")))).toEqual([
      "Carla Schulz",
      "Dirk Lehmann",
    ]);
    // Best match first (the own card first of all).
    const names = () =>
      page
        .getByTestId("business-card")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-card-name")));
    expect(await names()).toEqual(["Frieda Krüger", "Carla Schulz", "Dirk Lehmann", "Emil Nowak"]);

    await page.getByTestId("filter-region").selectOption("Landkreis Bautzen");
    expect(await names()).toEqual(["Carla Schulz", "Emil Nowak"]);
    await page.getByTestId("filter-topic").selectOption("Energiewende");
    expect(await names()).toEqual(["Carla Schulz"]);
    expect(await page.getByTestId("wall-count").textContent()).toBe("1 von 4 Visitenkarten");
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await page.getByTestId("filter-text").fill("beteiligungsformat");
    expect(await names()).toEqual(["Carla Schulz"]);
    await page.getByTestId("filter-text").fill("");
    await page.getByTestId("wall-sort").selectOption("name");
    expect(await names()).toEqual(["Carla Schulz", "Dirk Lehmann", "Emil Nowak", "Frieda Krüger"]);
  });

  it("NET-UI-5 EXP-2 downloads one card and the filtered cards as vCards, only with what the viewer may see, with the server's UIDs", async () => {
    const { participantUrl, boardId } = await createBoard(session.server.url, "vernetzung");
    await seedBusinessCard(session.server.url, boardId, {
      name: "Jürgen Mößner",
      organisation: "Grüne Liga Spreewald",
      region: "Landkreis Spree-Neiße",
      about: "Zeile eins\nZeile zwei, mit Komma: und Doppelpunkt",
      contact: {
        email: { value: "juergen@example.org", visibility: "moderators" },
        phone: { value: "+49 35601 9876", visibility: "board" },
        website: null,
      },
    });
    await seedBusinessCard(session.server.url, boardId, { name: "Zofia Wójcik", region: "Görlitz" });
    const { page } = await session.openBoard(participantUrl);
    const juergen = card(page, "Jürgen Mößner");
    await juergen.waitFor();

    const [one] = await Promise.all([page.waitForEvent("download"), juergen.getByTestId("vcard-one").click()]);
    expect(one.suggestedFilename()).toBe("Jürgen Mößner.vcf");
    const [parsed] = vcardsIn(await readFile((await one.path()) ?? "", "utf8"));
    expect(parsed).toMatchObject({ version: "4.0", fn: "Jürgen Mößner", emails: [] });
    expect(parsed.tels.join()).toContain("+49 35601 9876");
    expect(parsed.note).toContain("Zeile eins\nZeile zwei, mit Komma: und Doppelpunkt");

    await page.getByTestId("filter-region").selectOption("Görlitz");
    const [all] = await Promise.all([page.waitForEvent("download"), page.getByTestId("vcard-all-phone").click()]);
    const cards = vcardsIn(await readFile((await all.path()) ?? "", "utf8"));
    expect(cards.map((each) => [each.version, each.fn])).toEqual([["3.0", "Zofia Wójcik"]]);
    // The same contact from the browser and from the server: one UID, so an import updates it.
    const fromServer = vcardsIn(
      await (await fetch(`${session.server.url}/api/boards/${boardId}/business-cards.vcf`)).text(),
    );
    const uidOf = (name: string) => fromServer.find((each) => each.fn === name)?.uid;
    expect(parsed.uid).toMatch(/^urn:uuid:/);
    expect([parsed.uid, cards[0].uid]).toEqual([uidOf("Jürgen Mößner"), uidOf("Zofia Wójcik")]);
  });

  it("NET-UI-2 NET-UI-8 the edit link opened in a fresh browser deletes the card, and no other browser shows it any more", async () => {
    const { participantUrl } = await createBoard(session.server.url, "vernetzung");
    const { page: anna } = await session.openBoard(participantUrl);
    const { page: ben } = await session.openBoard(participantUrl);
    await publishOwnCard(anna, { name: "Anna Weiß", topics: ["Kultur"] });
    const link = await anna.getByTestId("edit-link").inputValue();
    await card(ben, "Anna Weiß").waitFor({ timeout: 10_000 });

    // Another device: a browser context of its own, with its own author token.
    const { page: phone } = await session.openBoard(link, { width: 375, height: 740 });
    // The secret leaves the address bar (and the history) at once.
    await expect.poll(() => new URL(phone.url()).hash, { timeout: 10_000 }).toBe("");
    await expect
      .poll(() => phone.getByTestId("wall-status").textContent(), { timeout: 10_000 })
      .toContain("Bearbeitungslink erkannt");
    // NET-8: the take-over replaced the secret; the phone shows its own new link.
    const phoneLink = await phone.getByTestId("edit-link").inputValue();
    expect(phoneLink).not.toBe(link);
    expect(phoneLink).toContain("#edit=");
    await phone.getByTestId("own-edit").click();
    await phone.getByTestId("card-form").getByLabel("Ich suche (optional)").fill("Mitstreiterinnen");
    await phone.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => card(ben, "Anna Weiß").textContent(), { timeout: 10_000 }).toContain("Mitstreiterinnen");

    // NET-UI-8: the first browser kept the old link; it says that link no longer works, and forgets it.
    const held = anna.getByTestId("held-card");
    await held.waitFor({ timeout: 10_000 });
    expect(await held.textContent()).toContain("„Anna Weiß“");
    expect(await held.textContent()).toContain("gilt der Link in diesem Browser nicht mehr");
    expect(await anna.getByTestId("card-publish").count()).toBe(0);
    expect(await axeViolations(anna)).toEqual([]);
    await held.getByRole("button", { name: "Verstanden, Link hier vergessen" }).click();
    await anna.getByTestId("card-publish").waitFor({ timeout: 10_000 });
    expect(await anna.getByTestId("held-card").count()).toBe(0);
    expect(await phone.getByTestId("held-card").count()).toBe(0);

    await phone.getByTestId("own-remove").click();
    await phone.getByRole("dialog").getByRole("button", { name: "Löschen" }).click();
    for (const page of [phone, ben, anna]) {
      await expect.poll(() => card(page, "Anna Weiß").count(), { timeout: 10_000 }).toBe(0);
    }
    expect(await ben.getByTestId("wall-count").textContent()).toBe("Noch keine Visitenkarten. Leg die erste an!");
    expect(await phone.getByTestId("wall-status").textContent()).toBe("Deine Visitenkarte ist gelöscht.");
  });

  it("NET-UI-9 NET-8 a new edit link replaces the old one: a fresh browser opening the old one is refused, the new one works", async () => {
    const { participantUrl } = await createBoard(session.server.url, "vernetzung");
    const { page: anna } = await session.openBoard(participantUrl);
    await publishOwnCard(anna, { name: "Anna Weiß" });
    const old = await anna.getByTestId("edit-link").inputValue();
    await anna.getByRole("button", { name: "Neuen Bearbeitungslink erstellen" }).click();
    await expect
      .poll(() => anna.getByTestId("edit-link-renewed").textContent())
      .toBe("Neuer Bearbeitungslink erstellt. Der bisherige gilt nicht mehr.");
    await expect.poll(() => anna.getByTestId("edit-link").inputValue()).not.toBe(old);
    const renewed = await anna.getByTestId("edit-link").inputValue();
    expect(await axeViolations(anna)).toEqual([]);

    const { page: thief } = await session.openBoard(old);
    await expect
      .poll(() => thief.locator("body").textContent(), { timeout: 10_000 })
      .toContain("Der Bearbeitungslink gilt nicht (mehr)");
    expect(await thief.getByTestId("own-edit").count()).toBe(0);
    const { page: phone } = await session.openBoard(renewed);
    await expect
      .poll(() => phone.getByTestId("wall-status").textContent(), { timeout: 10_000 })
      .toContain("Bearbeitungslink erkannt");
    await phone.getByTestId("own-edit").waitFor();
  });

  it("NET-UI-6 a moderator edits the wall's lists and removes a card; participants see both live", async () => {
    const { participantUrl, moderatorUrl, boardId } = await createBoard(session.server.url, "vernetzung");
    await seedBusinessCard(session.server.url, boardId, { name: "Spam Bot" });
    const { page: participant } = await session.openBoard(participantUrl);
    const { page: moderator } = await session.openBoard(moderatorUrl);
    await card(moderator, "Spam Bot").waitFor();

    await moderator.getByTestId("wall-settings").click();
    const lists = moderator.getByTestId("wall-settings-form");
    const fields = lists.getByLabel("Arbeitsfelder (eines pro Zeile)");
    await fields.fill(`${await fields.inputValue()}\nKirche und Diakonie`);
    await lists.getByRole("button", { name: "Speichern" }).click();
    await participant.getByTestId("card-publish").click();
    await participant
      .getByTestId("card-form")
      .getByRole("checkbox", { name: "Kirche und Diakonie" })
      .waitFor({ timeout: 10_000 });

    await card(moderator, "Spam Bot").getByRole("button", { name: "Visitenkarte von Spam Bot entfernen" }).click();
    await moderator.getByRole("dialog").getByRole("button", { name: "Entfernen" }).click();
    await expect.poll(() => card(participant, "Spam Bot").count(), { timeout: 10_000 }).toBe(0);
    expect(await participant.getByTestId("card-remove").count()).toBe(0);
  });

  it("NET-UI-7 UI-2 the wall has no axe violations, for participants and moderators, and fits 375 px", async () => {
    const { participantUrl, moderatorUrl, boardId } = await createBoard(session.server.url, "vernetzung");
    await seedBusinessCard(session.server.url, boardId, {
      name: "Maximiliane Sonnenschein-Wüstenhagen",
      organisation: "Regionalentwicklungsgesellschaft Oberspreewald-Lausitz mbH",
      region: "Landkreis Oberspreewald-Lausitz",
      topics: ["Strukturwandel", "Fachkräftegewinnung", "Daseinsvorsorge"],
      offers: "Fördermittelberatung",
      contact: {
        email: null,
        phone: null,
        website: { value: "https://example.org/ein/sehr/langer/pfad", visibility: "board" },
      },
    });
    const { page: phone } = await session.openBoard(participantUrl, { width: 375, height: 740 });
    await card(phone, "Maximiliane Sonnenschein-Wüstenhagen").waitFor();
    await publishOwnCard(phone, { name: "Paul", topics: ["Strukturwandel"], seeks: "Fördermittelberatung" });
    expect(await axeViolations(phone)).toEqual([]);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await phone.getByTestId("own-edit").click();
    expect(await axeViolations(phone)).toEqual([]);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);

    const { page: moderator } = await session.openBoard(moderatorUrl, { width: 375, height: 740, locale: "en-GB" });
    await moderator.getByTestId("wall-settings").click();
    await moderator.getByTestId("card-publish").click();
    expect(await moderator.getByRole("button", { name: "Publish business card" }).count()).toBe(1);
    expect(await axeViolations(moderator)).toEqual([]);
    expect(await overflow(moderator)).toBeLessThanOrEqual(0);
  });
});
