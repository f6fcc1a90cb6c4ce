import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** The working groups' journey (AG-6) against the real server half (AG-1..5). */

/** A board that shows its working groups first, with a column of two topic cards. */
async function boardWithGroupsView(url: string) {
  const board = await createBoard(url, "empty", "Auftakt Bündnis");
  const socket = await connected(rawClient(url));
  await join(socket, { boardId: board.boardId, since: null, moderatorKey: board.moderatorKey });
  const ops: Op[] = [
    { type: "board.update", title: "Auftakt Bündnis", description: "", views: ["groups", "columns"], baseVersion: 1 },
    { type: "column.add", columnId: "col-ideen-001", title: "Ideen", description: "", rank: "a0" },
    ...["Wärmeplanung für alle", "Sichere Radwege"].map(
      (title, index): Op => ({
        type: "card.add",
        cardId: `card-idee-00${index}`,
        columnId: "col-ideen-001",
        rank: `a${index}`,
        authorName: null,
        content: { kind: "topic", title, body: "", link: null },
      }),
    ),
  ];
  for (const op of ops) expect(await sendOp(socket, newId(), op)).toMatchObject({ ok: true });
  socket.close();
  return board;
}

const group = (page: Page, name: string): Locator =>
  page.getByTestId("group").filter({ has: page.getByRole("heading", { name, exact: true }) });

async function countOf(page: Page, name: string, count: number) {
  await group(page, name).locator(`[data-testid="group-count"][data-count="${count}"]`).waitFor({ timeout: 10_000 });
}

async function found(page: Page, name: string, description: string, conveners: string, topic: string) {
  await page.getByTestId("group-new").click();
  const form = page.getByTestId("group-form");
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Worum geht es?").fill(description);
  await form.getByLabel("Einladende (eine Person pro Zeile)").fill(conveners);
  await form.getByRole("checkbox", { name: topic }).check();
  await form.getByRole("button", { name: "Arbeitsgruppe gründen" }).click();
  await group(page, name).waitFor({ timeout: 10_000 });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function downloadedCsv(page: Page, button: Locator): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await download.path();
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString("utf8"), { delimiter: ";", record_delimiter: "\r\n" }) as string[][];
}

describe.skipIf(!hasChromium)("working groups in Chromium", () => {
  const session = browserSessionForThisFile();

  it("AG-6 AG-2 AG-3 AG-5 a moderator founds two groups, two people join live, the contact reaches the moderator and the conveners' CSV", {
    timeout: 120_000,
  }, async () => {
    const { participantUrl, moderatorUrl } = await boardWithGroupsView(session.server.url);
    const { page: moderator } = await session.openBoard(moderatorUrl);
    await moderator.getByTestId("groups").waitFor();
    await found(moderator, "AG Wärmewende", "Wärmeplanung in der Gemeinde", "Jürgen Müßig", "Wärmeplanung für alle");
    await found(moderator, "AG Radverkehr", "Sichere Wege zur Schule", "Özlem Çelik", "Sichere Radwege");

    const { page: anna } = await session.openBoard(participantUrl, { width: 375, height: 800 });
    const { page: ben } = await session.openBoard(participantUrl);
    const waerme = group(anna, "AG Wärmewende");
    await waerme.waitFor();
    expect(await waerme.textContent()).toContain("Einladende: Jürgen Müßig");
    expect(await waerme.textContent()).toContain("Wärmeplanung für alle");
    expect(await anna.getByRole("button", { name: "Neue Arbeitsgruppe" }).count()).toBe(0);

    // The moderator edits a group; the change shows on Anna's phone.
    await group(moderator, "AG Radverkehr").getByRole("button", { name: "„AG Radverkehr“ bearbeiten" }).click();
    await moderator.getByTestId("group-form").getByLabel("Worum geht es?").fill("Sichere Schulwege für Kinder");
    await moderator.getByTestId("group-form").getByRole("button", { name: "Speichern" }).click();
    await group(anna, "AG Radverkehr").getByText("Sichere Schulwege für Kinder").waitFor({ timeout: 10_000 });

    // Anna joins with a contact: without the consent tick it is not sent.
    await waerme.getByRole("button", { name: "In „AG Wärmewende“ mitmachen" }).click();
    await waerme.getByLabel("Dein Name").fill("Anna Müller");
    await waerme.getByLabel("Kontakt für die Einladenden (freiwillig)").fill("anna@example.org");
    await waerme.getByRole("button", { name: "Mitmachen" }).click();
    expect(await waerme.getByTestId("group-join-consent").evaluate((el) => el === document.activeElement)).toBe(true);
    await waerme.getByTestId("group-join-consent").check();
    await waerme.getByRole("button", { name: "Mitmachen" }).click();
    await countOf(anna, "AG Wärmewende", 1);
    await countOf(moderator, "AG Wärmewende", 1);
    expect(await group(anna, "AG Wärmewende").textContent()).toContain("Kontakt: anna@example.org");

    // Ben joins with his name only; Anna's page counts him live.
    await group(ben, "AG Wärmewende").getByRole("button", { name: "In „AG Wärmewende“ mitmachen" }).click();
    await group(ben, "AG Wärmewende").getByLabel("Dein Name").fill("Ben Bäcker");
    await group(ben, "AG Wärmewende").getByRole("button", { name: "Mitmachen" }).click();
    await countOf(anna, "AG Wärmewende", 2);
    await countOf(moderator, "AG Wärmewende", 2);
    await countOf(ben, "AG Radverkehr", 0);
    expect(await group(anna, "AG Wärmewende").getByTestId("group-member").allTextContents()).toEqual([
      "Anna Müller (du)Kontakt: anna@example.org",
      "Ben Bäcker",
    ]);
    // Ben's page holds no one else's contact (AG-3).
    expect(await ben.content()).not.toContain("anna@example.org");

    // The moderator sees the contact and downloads the member list.
    const forModerator = group(moderator, "AG Wärmewende");
    expect(await forModerator.getByTestId("group-member-contact").allTextContents()).toEqual([
      "Kontakt: anna@example.org",
    ]);
    const rows = await downloadedCsv(moderator, forModerator.getByTestId("group-export-csv"));
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ["Name", "Kontakt"],
      ["Anna Müller", "anna@example.org"],
      ["Ben Bäcker", ""],
    ]);

    // The conveners' link: whoever opens it sees the contacts and downloads them too (AG-5).
    const link = await forModerator.getByTestId("group-convener-link").inputValue();
    expect(link).toMatch(/\/b\/[\w-]+\?view=groups#convene=[\w-]+\.[\w-]{43}$/);
    const { page: convener } = await session.openBoard(link, { width: 375, height: 800 });
    const convened = group(convener, "AG Wärmewende");
    await convened.getByTestId("group-member-contact").waitFor({ timeout: 10_000 });
    expect(new URL(convener.url()).hash).toBe("");
    expect(await convened.getByTestId("group-member-contact").allTextContents()).toEqual(["Kontakt: anna@example.org"]);
    expect(await group(convener, "AG Radverkehr").getByTestId("group-export-csv").count()).toBe(0);
    const convenerRows = await downloadedCsv(convener, convened.getByTestId("group-export-csv"));
    expect(convenerRows[1].slice(0, 2)).toEqual(["Anna Müller", "anna@example.org"]);

    // (axe takes seconds per page on a busy machine: the moderator's page has every control the convener's has.)
    expect(await axeViolations(moderator)).toEqual([]);
    expect(await axeViolations(anna)).toEqual([]);
    expect(await overflow(anna)).toBeLessThanOrEqual(0);
    expect(await overflow(convener)).toBeLessThanOrEqual(0);
    // The moderator's tools (the conveners' link, the form) fit a phone too.
    await moderator.setViewportSize({ width: 375, height: 800 });
    await moderator.getByTestId("group-new").click();
    await moderator.getByTestId("group-form").waitFor();
    expect(await overflow(moderator)).toBeLessThanOrEqual(0);
    await moderator.getByTestId("group-form").getByRole("button", { name: "Abbrechen" }).click();

    // Anna leaves: the count goes down everywhere.
    await group(anna, "AG Wärmewende").getByRole("button", { name: "Aus „AG Wärmewende“ austreten" }).click();
    await countOf(moderator, "AG Wärmewende", 1);
    await countOf(ben, "AG Wärmewende", 1);
  });
});
