import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { columnsIn, createBoard } from "../helpers/testServer";
import { addCard, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** The export menu's journeys (EXP-10, EXP-11, TPL-3) in Chromium against the real server. */

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A Stammtisch board with two cards, a meeting and a registration, made over sockets. */
async function seededBoard(url: string) {
  const created = await createBoard(url, "stammtisch", "Bündnis Görlitz");
  const columnId = columnsIn(created.snapshot)[0].id;
  const moderator = await connected(rawClient(url));
  await join(moderator, { boardId: created.boardId, since: null, moderatorKey: created.moderatorKey });
  const person = await connected(rawClient(url));
  await join(person, { boardId: created.boardId, since: null });
  const ops: [typeof moderator, Op][] = [
    [
      person,
      {
        type: "card.add",
        cardId: newId(),
        columnId,
        rank: "a0",
        authorName: "Jürgen Müßig",
        content: { kind: "topic", title: "Radwege an der Neiße", body: "Zeile eins\nZeile zwei", link: null },
      },
    ],
    [
      person,
      {
        type: "card.add",
        cardId: newId(),
        columnId,
        rank: "a1",
        authorName: null,
        content: { kind: "topic", title: "Bürgerenergie für Görlitz", body: "", link: null },
      },
    ],
    [moderator, meetingAddOp({ onlineLink: "https://meet.example.org/geheim" })],
    [
      person,
      {
        type: "registration.add",
        registrationId: newId(),
        meetingId: "meet-0124",
        name: "Jürgen Müßig",
        email: "juergen@example.org",
      },
    ],
  ];
  for (const [socket, op] of ops) {
    const answer = await sendOp(socket, newId(), op);
    if (!answer.ok) throw new Error(`${op.type}: ${answer.problem.code}`);
  }
  moderator.close();
  person.close();
  return created;
}

describe.skipIf(!hasChromium)("the export menu in Chromium", () => {
  const session = browserSessionForThisFile();

  it("EXP-10 a participant opens the menu by keyboard and downloads the minutes and the cards' CSV, with nothing private", async () => {
    const { participantUrl } = await seededBoard(session.server.url);
    const { page } = await session.openBoard(participantUrl);
    const button = page.getByRole("button", { name: "Exportieren" });
    await button.focus();
    await page.keyboard.press("ArrowDown");
    const menu = page.getByRole("menu", { name: "Exportieren" });
    await menu.waitFor();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    // The first item has the focus; arrow keys move, Escape closes and returns to the button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("export-markdown");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-csv");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-print");
    // No moderator's items for a participant.
    expect(await menu.getByRole("menuitem").count()).toBe(6);
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-open");

    await page.keyboard.press("Enter");
    await menu.waitFor();
    const [markdown] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(markdown.suggestedFilename()).toMatch(/^Bündnis-Görlitz-.+\.md$/);
    const minutes = await readFile((await markdown.path()) as string, "utf8");
    expect(minutes.split("\n")[0]).toBe("# Bündnis Görlitz");
    expect(minutes).toContain("- **Radwege an der Neiße** (Jürgen Müßig)");
    expect(minutes).toContain("Wärmewende");
    expect(minutes).not.toContain("meet.example.org");
    await page
      .getByTestId("export-status")
      .getByText(/heruntergeladen/)
      .waitFor();

    await button.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const bytes = await readFile((await csv.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { delimiter: ";", bom: true }) as string[][];
    expect(rows.map((row) => row[1])).toEqual(["Titel", "Radwege an der Neiße", "Bürgerenergie für Görlitz"]);
    expect(rows[1][2]).toBe("Zeile eins\nZeile zwei");

    // DATA-1: one's own data: the card this browser posts, and nothing of the others'.
    await addCard(page, 0, "Mein eigener Vorschlag", "", "Pia");
    await button.click();
    const [mine] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-my-data").click()]);
    const data = JSON.parse(await readFile((await mine.path()) as string, "utf8")) as {
      format: string;
      records: { type: string; content?: { title: string } }[];
    };
    expect(data.format).toBe("themenwand-my-data");
    expect(data.records.map((record) => record.content?.title)).toEqual(["Mein eigener Vorschlag"]);
  });

  it("EXP-10 TPL-3 a moderator downloads the registrations and duplicates the board as a template, then opens the new board", async () => {
    const { moderatorUrl } = await seededBoard(session.server.url);
    const { page } = await session.openBoard(moderatorUrl);
    await page.getByTestId("role-badge").waitFor();
    await page.getByRole("button", { name: "Exportieren" }).click();
    const menu = page.getByRole("menu", { name: "Exportieren" });
    const [registrations] = await Promise.all([
      page.waitForEvent("download"),
      menu.getByRole("menuitem", { name: /^Anmeldungen .*Wärmewende \(CSV\)$/ }).click(),
    ]);
    const rows = parse(await readFile((await registrations.path()) as string, "utf8"), {
      delimiter: ";",
      bom: true,
    }) as string[][];
    expect(rows[1].slice(0, 2)).toEqual(["Jürgen Müßig", "juergen@example.org"]);

    // The moderator's JSON holds what their page holds: the online link too.
    await page.getByRole("button", { name: "Exportieren" }).click();
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      menu.getByRole("menuitem", { name: "Ganzes Board (JSON)" }).click(),
    ]);
    expect(await readFile((await json.path()) as string, "utf8")).toContain("https://meet.example.org/geheim");

    await page.getByRole("button", { name: "Exportieren" }).click();
    await menu.getByRole("menuitem", { name: "Als Vorlage duplizieren …" }).click();
    const dialog = page.getByRole("dialog", { name: "Als Vorlage duplizieren" });
    await dialog.waitFor();
    expect(await dialog.getByLabel("Titel des neuen Boards").inputValue()).toBe("Bündnis Görlitz (Vorlage)");
    await dialog.getByLabel("Titel des neuen Boards").fill("Bündnis Cottbus");
    await dialog.getByLabel("Karten übernehmen").check();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Board anlegen" }).click();
    await dialog.getByTestId("created-board").waitFor();
    const newModeratorUrl = (await dialog.getByTestId("moderator-link").inputValue()) as string;
    expect(newModeratorUrl).toMatch(/\/b\/[\w-]+#key=/);

    await dialog.getByTestId("open-moderator").click();
    await page.waitForURL((url) => !url.href.includes(moderatorUrl.split("#")[0]));
    await waitUntilOnline(page);
    await page.getByTestId("board-title").getByText("Bündnis Cottbus").waitFor();
    await page.getByTestId("role-badge").waitFor();
    const titles = await page
      .getByTestId("card")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-card-title")));
    expect(titles.sort()).toEqual(["Bürgerenergie für Görlitz", "Radwege an der Neiße"]);
    // The meeting's shape came along, nobody's registration.
    const snapshot = await (await fetch(`${page.url().split("#")[0].replace("/b/", "/api/boards/")}`)).json();
    const types = (snapshot.records as { type: string }[]).map((record) => record.type);
    expect(types).toContain("meeting");
    expect(types).not.toContain("registration");
  });

  it("EXP-10 EXP-11 UI-2 the menu has no axe violations, fits 375 px, and printing hides every control", async () => {
    const { participantUrl, moderatorUrl } = await seededBoard(session.server.url);
    for (const [url, locale, name] of [
      [participantUrl, "de-DE", "Exportieren"],
      [moderatorUrl, "en-GB", "Export"],
    ] as const) {
      const { page } = await session.openBoard(url, { width: 375, height: 740, locale });
      await page.getByRole("button", { name }).click();
      await page.getByRole("menu", { name }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const menuBox = await page.getByRole("menu", { name }).boundingBox();
      expect(menuBox && menuBox.x >= 0 && menuBox.x + menuBox.width <= 375).toBe(true);
      await page.keyboard.press("Escape");
    }
    const { page } = await session.openBoard(participantUrl);
    await page.getByRole("button", { name: "Exportieren" }).waitFor();
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      visibleButtons: [...document.querySelectorAll("button")].filter((b) => b.getClientRects().length > 0).length,
      cards: [...document.querySelectorAll('[data-testid="card"]')].filter((c) => c.getClientRects().length > 0).length,
      background: getComputedStyle(document.body).backgroundColor,
      columnWidths: [...document.querySelectorAll('[data-testid="column"]')].map(
        (c) => c.getBoundingClientRect().width,
      ),
    }));
    expect(printed.visibleButtons).toBe(0);
    expect(printed.cards).toBe(2);
    expect(printed.background).toBe("rgb(255, 255, 255)");
    // One column after the other, each across the page.
    const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
    for (const width of printed.columnWidths) expect(width).toBeGreaterThan(pageWidth * 0.8);
  });
});
