import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { createBoard } from "../helpers/testServer";
import { cardTitles, hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** The special links' journey (LINK-1..5) in Chromium: a small group, a submitter and the plenary. */

const COLUMN_A = "col-gruppe-a01";
const COLUMN_B = "col-gruppe-b01";

/** A board with the columns "Gruppe A" and "Gruppe B", each with a card from the plenary. */
async function workshopBoard(url: string) {
  const board = await createBoard(url, "empty", "Zukunftswerkstatt");
  const socket = await connected(rawClient(url));
  await join(socket, { boardId: board.boardId, since: null, moderatorKey: board.moderatorKey });
  const card = (cardId: string, columnId: string, title: string): Op => ({
    type: "card.add",
    cardId,
    columnId,
    rank: "a0",
    authorName: null,
    content: { kind: "topic", title, body: "", link: null },
  });
  const ops: Op[] = [
    { type: "column.add", columnId: COLUMN_A, title: "Gruppe A", description: "", rank: "a0" },
    { type: "column.add", columnId: COLUMN_B, title: "Gruppe B", description: "", rank: "a1" },
    card("card-plenum-a1", COLUMN_A, "Vorschlag aus dem Plenum für A"),
    card("card-plenum-b1", COLUMN_B, "Vorschlag aus dem Plenum für B"),
  ];
  for (const op of ops) expect(await sendOp(socket, newId(), op)).toMatchObject({ ok: true });
  socket.close();
  return board;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Makes a link in the moderator's panel and answers its address, as the moderator would copy it. */
async function makeLink(page: Page, label: string, kind: "submission" | "group", column?: string) {
  const panel = page.getByTestId("links-panel");
  await panel.getByTestId("link-label").fill(label);
  await panel.getByTestId(`link-kind-${kind}`).check();
  if (column) await panel.getByTestId("link-column").selectOption({ label: column });
  await panel.getByTestId("link-create").click();
  const item = panel.getByTestId("link-item").filter({ hasText: label });
  await item.waitFor({ timeout: 10_000 });
  return item.getByTestId("link-url").inputValue();
}

async function holderCards(page: Page): Promise<string[]> {
  return page.getByTestId("holder-card").locator("h3").allTextContents();
}

describe.skipIf(!hasChromium)("special links in Chromium", () => {
  const session = browserSessionForThisFile();

  it("LINK-1 LINK-3 LINK-5 a small group posts into its column and sees only it, a submitter only their own; the plenary sees everything", {
    timeout: 120_000,
  }, async () => {
    const { moderatorUrl, participantUrl } = await workshopBoard(session.server.url);
    const { page: moderator } = await session.openBoard(moderatorUrl, { width: 375, height: 800 });
    await moderator.getByTestId("links-panel").locator("summary").click();
    const groupUrl = await makeLink(moderator, "Kleingruppe A", "group", "Gruppe A");
    const submissionUrl = await makeLink(moderator, "Anonyme Fragen", "submission");
    expect(groupUrl).toContain("?link=");
    expect(await axeViolations(moderator)).toEqual([]);
    expect(await overflow(moderator)).toBeLessThanOrEqual(0);

    // A group member on a phone: the one column, its cards, a post that lands there.
    const groupContext = await session.openContext({ width: 375, height: 800 });
    const groupPage = await groupContext.newPage();
    await groupPage.goto(groupUrl);
    await groupPage.getByTestId("holder-note").waitFor({ timeout: 15_000 });
    expect(await groupPage.getByTestId("holder-note").textContent()).toContain("Gruppe A");
    expect(groupPage.url()).not.toContain("#");
    await groupPage.getByTestId("holder-title").fill("Idee aus Gruppe A");
    await groupPage.getByTestId("holder-post").click();
    await groupPage.getByTestId("holder-card").filter({ hasText: "Idee aus Gruppe A" }).waitFor({ timeout: 10_000 });
    expect((await holderCards(groupPage)).sort()).toEqual(["Idee aus Gruppe A", "Vorschlag aus dem Plenum für A"]);
    expect(await groupPage.content()).not.toContain("Vorschlag aus dem Plenum für B");
    expect(await axeViolations(groupPage)).toEqual([]);
    expect(await overflow(groupPage)).toBeLessThanOrEqual(0);

    // A submitter on a phone: chooses a column, sees only their own card and is told so.
    const submitContext = await session.openContext({ width: 375, height: 800 });
    const submitPage = await submitContext.newPage();
    await submitPage.goto(submissionUrl);
    await submitPage.getByTestId("holder-note").waitFor({ timeout: 15_000 });
    expect(await submitPage.getByTestId("holder-note").textContent()).toContain(
      "Die Beiträge anderer werden dir nicht angezeigt.",
    );
    await submitPage.getByTestId("holder-column").selectOption({ label: "Gruppe B" });
    await submitPage.getByTestId("holder-title").fill("Anonyme Frage zum Haushalt");
    await submitPage.getByTestId("holder-post").click();
    await submitPage.getByTestId("holder-card").filter({ hasText: "Anonyme Frage" }).waitFor({ timeout: 10_000 });
    expect(await holderCards(submitPage)).toEqual(["Anonyme Frage zum Haushalt"]);
    // After a reload the page still holds its link (the secret left the address, not the browser).
    await submitPage.reload();
    await submitPage.getByTestId("holder-card").filter({ hasText: "Anonyme Frage" }).waitFor({ timeout: 10_000 });
    const submitted = await submitPage.content();
    for (const hidden of ["Vorschlag aus dem Plenum", "Idee aus Gruppe A"]) expect(submitted).not.toContain(hidden);
    expect(await axeViolations(submitPage)).toEqual([]);
    expect(await overflow(submitPage)).toBeLessThanOrEqual(0);

    // The plenary sees every column, the group's and the submitter's posts included.
    const { page: plenary } = await session.openBoard(participantUrl);
    await plenary.getByTestId("card").filter({ hasText: "Anonyme Frage" }).waitFor({ timeout: 10_000 });
    expect((await cardTitles(plenary, 0)).sort()).toEqual(["Idee aus Gruppe A", "Vorschlag aus dem Plenum für A"]);
    expect((await cardTitles(plenary, 1)).sort()).toEqual([
      "Anonyme Frage zum Haushalt",
      "Vorschlag aus dem Plenum für B",
    ]);

    // The moderator revokes the group's link: its page says so at once.
    const item = moderator.getByTestId("link-item").filter({ hasText: "Kleingruppe A" });
    await item.getByTestId("link-revoke").click();
    await moderator.getByRole("dialog").getByRole("button", { name: "Widerrufen" }).click();
    await groupPage.getByTestId("holder-gone").waitFor({ timeout: 10_000 });
    expect(await groupPage.content()).not.toContain("Idee aus Gruppe A");
  });
});
