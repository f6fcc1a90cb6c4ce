import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BaseRecord } from "../../shared/core/records";
import { newId } from "../../shared/ids";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** DATA-2 and LEGAL-1..3 in Chromium on a phone's width: one's data downloaded, then deleted; the footer; the privacy page. */

const IMPRINT = "https://verein.example/impressum";
const NOTICE = "https://verein.example/datenschutzerklaerung";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const withView = (url: string, view: string) => {
  const [base, hash] = url.split("#");
  return `${base}?view=${view}${hash ? `#${hash}` : ""}`;
};

describe.skipIf(!hasChromium)("one's own data and the legal pages in Chromium", () => {
  const session = browserSessionForThisFile({ imprintUrl: IMPRINT, privacyUrl: NOTICE });

  it("DATA-2 DATA-1 LEGAL-1 a participant posts a card and registers, downloads their data, deletes it in one step; the card is gone in another browser and the waiting person moves up", async () => {
    const { boardId, participantUrl, moderatorKey } = await createBoard(session.server.url);
    const moderator = await connected(rawClient(session.server.url));
    await join(moderator, { boardId, since: null, moderatorKey });
    const meeting = meetingAddOp({ meetingId: "meet-privacy-1", theme: "Ein Platz", capacity: 1 });
    expect(
      await sendOp(moderator, newId(), { ...meeting, date: `${new Date().getFullYear() + 1}-01-24` }),
    ).toMatchObject({ ok: true });

    const anna = await session.openBoard(participantUrl, { width: 375, height: 740 });
    const { page } = anna;
    await addCard(page, 0, "Bänke am Marktplatz", "", "Anna Adler");
    const { page: other } = await session.openBoard(participantUrl);
    await cardByTitle(other, "Bänke am Marktplatz").waitFor();

    await page.goto(withView(participantUrl, "meetings"));
    await waitUntilOnline(page);
    const item = page.locator('[data-testid="meeting"][data-meeting-theme="Ein Platz"]');
    const toggle = item.getByTestId("meeting-toggle");
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await item.getByTestId("register-open").click();
    const form = page.getByTestId("register-form");
    await form.getByLabel("Dein Name", { exact: true }).fill("Anna Adler");
    await form.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("anna@example.org");
    await form.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await item.locator('[data-testid="my-registration"][data-status="registered"]').waitFor({ timeout: 10_000 });
    // Ben waits behind her.
    const ben = await connected(rawClient(session.server.url));
    await join(ben, { boardId, since: null });
    expect(
      await sendOp(ben, newId(), {
        type: "registration.add",
        registrationId: "reg-ben-privacy",
        meetingId: "meet-privacy-1",
        name: "Ben",
        email: "ben@example.org",
      }),
    ).toMatchObject({ ok: true });

    // The footer: the privacy page, the operator's imprint and notice; the page fits the phone.
    const footer = page.getByTestId("legal-footer");
    await footer.getByRole("link", { name: "Impressum" }).waitFor();
    expect(await footer.getByRole("link", { name: "Impressum" }).getAttribute("href")).toBe(IMPRINT);
    expect(await footer.getByRole("link", { name: "Datenschutzerklärung" }).getAttribute("href")).toBe(NOTICE);
    expect(await footer.getByRole("link", { name: "Datenschutz", exact: true }).getAttribute("href")).toBe(
      "/datenschutz",
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Download first …
    await page.getByRole("button", { name: "Exportieren" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-my-data").click()]);
    const mine = JSON.parse(await readFile((await download.path()) as string, "utf8")) as { records: BaseRecord[] };
    expect(mine.records.map((record) => record.type).sort()).toEqual(["card", "registration"]);

    // … then delete, after a dialog that says what goes.
    await page.getByRole("button", { name: "Exportieren" }).click();
    await page.getByRole("menuitem", { name: "Meine Daten löschen …" }).click();
    const dialog = page.getByRole("dialog", { name: "Deine Daten auf diesem Board löschen?" });
    await dialog.waitFor();
    const listed = await dialog.getByTestId("erase-list").getByRole("listitem").allTextContents();
    expect(listed).toEqual([
      "Themenkarten: 1",
      "Anmeldungen: 1 (dein Platz geht an die nächste Person auf der Warteliste)",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Endgültig löschen" }).click();
    await dialog.waitFor({ state: "detached" });

    await item.getByTestId("register-open").waitFor({ timeout: 10_000 });
    await page.getByTestId("export-status").getByText("Deine Daten auf diesem Board sind gelöscht.").waitFor();
    await cardByTitle(other, "Bänke am Marktplatz").waitFor({ state: "detached", timeout: 10_000 });
    const records = (await session.server.store.readBoard(boardId))?.records ?? [];
    expect(records.find((record) => record.id === "reg-ben-privacy")).toMatchObject({ status: "registered" });
    expect(JSON.stringify(records)).not.toContain("Anna Adler");
    expect(anna.foreignRequests).toEqual([]);
    expect(anna.errors).toEqual([]);
    moderator.close();
    ben.close();
    // A long journey (two browsers, four steps on a phone): the default minute is tight on a busy machine.
  }, 120_000);

  it("LEGAL-3 the privacy page says what this instance stores and for how long, in German and English, on a phone", async () => {
    const { page, foreignRequests } = await session.openBoard((await createBoard(session.server.url)).participantUrl, {
      width: 375,
      height: 740,
    });
    await page.getByTestId("legal-footer").getByRole("link", { name: "Datenschutz", exact: true }).click();
    await page.waitForURL("**/datenschutz");
    const stored = page.getByTestId("privacy-stored");
    await stored.waitFor();
    const text = await stored.textContent();
    for (const words of [
      "Themenkarten",
      "Termine und Anmeldungen",
      "Visitenkarten",
      "E-Mail-Adressen",
      "Telefonnummern",
    ])
      expect(text).toContain(words);
    expect(await page.getByTestId("privacy-retention").textContent()).toContain("Bis die Moderation das Board löscht");
    expect(await page.getByTestId("privacy-mail").textContent()).toBe("Dieser Server verschickt keine E-Mails.");
    expect(await page.getByRole("link", { name: "Die Datenschutzerklärung des Betreibers" }).getAttribute("href")).toBe(
      NOTICE,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    const english = await session.openContext({ locale: "en-GB", width: 375, height: 740 });
    const englishPage = await english.newPage();
    await englishPage.goto(`${session.server.url}/privacy`);
    await englishPage.getByRole("heading", { name: "Privacy", level: 1 }).waitFor();
    expect(await englishPage.getByTestId("privacy-stored").textContent()).toContain("Topic cards");
    expect(await axeViolations(englishPage)).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 120_000);
});
