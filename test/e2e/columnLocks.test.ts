import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, column, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { dragByMouse } from "./mouseDrag";
import { browserSessionForThisFile } from "./session";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The controls a participant has in a column: its add button, and the change buttons of a card in it. */
async function controls(page: Page, columnIndex: number, title: string) {
  const card = cardByTitle(page, title);
  return {
    add: await column(page, columnIndex).getByTestId("add-card-button").count(),
    edit: await card.getByTestId("card-edit").count(),
    move: await card.getByTestId("card-move").count(),
    remove: await card.getByTestId("card-delete").count(),
    movable: await card.evaluate((element) => element.classList.contains("is-movable")),
  };
}
const ALL = { add: 1, edit: 1, move: 1, remove: 1, movable: true };
const NONE = { add: 0, edit: 0, move: 0, remove: 0, movable: false };

describe.skipIf(!hasChromium)("a participant's page follows the locks, in Chromium (MOD-4, MOD-7)", () => {
  const session = browserSessionForThisFile();

  it("MOD-7 MOD-4 a locked column offers a participant no add, edit, remove or move (menu, keys), the moderator keeps them; unlocking brings them back; a planned lock takes them away when due by the server's clock", async () => {
    const board = await createBoard(session.server.url, "stammtisch", "Werkstatt");
    const { page: moderator } = await session.openBoard(board.moderatorUrl);
    // A participant on a phone whose clock is ten minutes behind the server's.
    const context = await session.openContext({ width: 375, height: 740 });
    const participant = await context.newPage();
    await participant.clock.install({ time: Date.now() - 10 * 60_000 });
    await participant.goto(board.participantUrl);
    await waitUntilOnline(participant);

    await addCard(participant, 0, "Solardach Schule", "", "Pia");
    await addCard(participant, 1, "Radweg Bahnhof", "", "Pia");
    expect(await controls(participant, 0, "Solardach Schule")).toEqual(ALL);

    // The moderator locks the first column.
    const settings = moderator.getByTestId("moderation-settings");
    if (!(await settings.evaluate((details) => (details as HTMLDetailsElement).open))) {
      await settings.locator("summary").click();
    }
    await settings.getByTestId("moderation-column").first().getByTestId("moderation-column-lock").check();
    const notice = column(participant, 0).getByTestId("column-locked");
    await notice.waitFor();
    expect(await notice.textContent()).toBe("Gesperrt: Hier ändert nur noch die Moderation etwas.");
    expect(await controls(participant, 0, "Solardach Schule")).toEqual(NONE);
    expect(await controls(participant, 1, "Radweg Bahnhof")).toEqual(ALL);
    // The moderator writes on.
    expect(await column(moderator, 0).getByTestId("add-card-button").count()).toBe(1);
    expect(await column(moderator, 0).getByTestId("column-locked").count()).toBe(0);
    await cardByTitle(moderator, "Solardach Schule").getByTestId("card-edit").waitFor();

    // The card next door cannot go into the locked column: not from its menu, not by keys.
    const neighbour = cardByTitle(participant, "Radweg Bahnhof");
    await neighbour.getByTestId("card-move").click();
    const menu = neighbour.getByTestId("move-menu");
    expect(await menu.getByRole("button", { name: "In vorherige Spalte" }).getAttribute("aria-disabled")).toBe("true");
    expect(await menu.getByRole("button", { name: "In nächste Spalte" }).getAttribute("aria-disabled")).toBeNull();
    await neighbour.getByTestId("card-move").click();
    await menu.waitFor({ state: "detached" });
    await neighbour.focus();
    await participant.keyboard.press("Alt+ArrowLeft");
    await expect
      .poll(() => participant.getByTestId("announcer").textContent())
      .toBe("„Radweg Bahnhof“ bleibt, wo sie ist: Die Spalte „Klimaschutz & Energiewende“ ist gesperrt.");
    expect(await column(participant, 1).getByTestId("card").count()).toBe(1);
    expect(await overflow(participant)).toBeLessThanOrEqual(0);
    expect(await axeViolations(participant)).toEqual([]);

    // Nor by dragging, into it or out of it (on a wider screen, where the columns stand side by side);
    // a drag into an open column still works, and shows that the two before it changed nothing.
    await participant.setViewportSize({ width: 1280, height: 800 });
    await dragByMouse(participant, neighbour, cardByTitle(participant, "Solardach Schule"));
    await dragByMouse(participant, cardByTitle(participant, "Solardach Schule"), neighbour);
    await dragByMouse(participant, neighbour, column(participant, 2).getByRole("heading", { level: 2 }));
    await column(moderator, 2).locator('[data-card-title="Radweg Bahnhof"]').waitFor();
    // Once a card the moderator adds after that reaches the participant, any refusal of the
    // participant's earlier drops (sent before on the same socket) has reached it too: there is none.
    await addCard(moderator, 2, "Merker", "", "Mo");
    await cardByTitle(participant, "Merker").waitFor();
    expect(await participant.getByTestId("problem").count()).toBe(0);
    expect(await column(participant, 0).getByTestId("card").count()).toBe(1);
    expect(await column(participant, 1).getByTestId("card").count()).toBe(0);
    await participant.setViewportSize({ width: 375, height: 740 });

    // Unlocked, everything is back.
    await settings.getByTestId("moderation-column").first().getByTestId("moderation-column-lock").uncheck();
    await notice.waitFor({ state: "detached" });
    expect(await controls(participant, 0, "Solardach Schule")).toEqual(ALL);

    // The whole board locked half a minute from now by the server's clock: ten and a half minutes
    // away by the phone's own clock, so only the server's clock takes the controls away in time.
    const lockAt = Date.now() + 30_000;
    const locked = await fetch(`${session.server.url}/api/boards/${board.boardId}/ops`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "X-Moderator-Key": board.moderatorKey,
        "Idempotency-Key": newId(),
      },
      body: JSON.stringify({ op: { type: "moderation.lock", columnId: null, locked: true, lockAt } }),
    });
    expect(locked.status).toBe(201);
    await participant.getByText(/Die Themenwand wird um \d\d?:\d\d Uhr gesperrt\./).waitFor();
    expect(await controls(participant, 2, "Radweg Bahnhof")).toEqual(ALL);
    // The page's time flows on (no jump: a jump would also drop its connection); no reload, no poll.
    await participant
      .getByText("Die Themenwand ist gesperrt: Du kannst lesen, aber nichts ändern.")
      .waitFor({ timeout: 90_000 });
    await expect.poll(() => participant.getByTestId("add-card-button").count()).toBe(0);
    expect(await controls(participant, 2, "Radweg Bahnhof")).toEqual(NONE);
    expect(await participant.getByTestId("column-locked").count()).toBe(
      await participant.getByTestId("column").count(),
    );
    expect(await axeViolations(participant)).toEqual([]);
    expect(await column(moderator, 2).getByTestId("add-card-button").count()).toBe(1);
  }, 240_000);
});
