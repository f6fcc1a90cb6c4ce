import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import { addCardOp, moderator } from "../helpers/fixtures";
import { columnsIn, createBoard } from "../helpers/testServer";
import { addCard } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

const DAY = 24 * 60 * 60 * 1000;

/** Every key this page's browser keeps that names the board. */
const keysOf = (page: Page, boardId: string) =>
  page.evaluate(
    (id) => Object.keys(window.localStorage).filter((key) => key.includes(id) || window.localStorage[key].includes(id)),
    boardId,
  );

describe.skipIf(!hasChromium)("a board ends", () => {
  const session = browserSessionForThisFile({ boardExpiryDays: 20 });

  it("OPS-6 OPS-5 a quiet board warns that it will end; its moderator deletes it, and every browser on it lets it go", async () => {
    const { boardId, participantUrl, moderatorUrl, snapshot } = await createBoard(session.server.url);
    // The board's last change, 15 days ago: with 20 days, it ends in 5.
    const [old] = await session.server.store.commit(
      [{ boardId, opId: newId(), op: addCardOp(newId(), columnsIn(snapshot)[0].id, "a0"), actor: moderator }],
      Date.now() - 15 * DAY,
    );
    expect(old.ok).toBe(true);

    const participant = await session.openBoard(participantUrl, { width: 375, height: 740 });
    const warning = participant.page.getByTestId("expiry-warning");
    await warning.waitFor();
    expect(await warning.textContent()).toContain("20 Tage lang nichts");
    expect((await new AxeBuilder({ page: participant.page }).analyze()).violations).toEqual([]);
    // A change keeps the board: the warning goes.
    await addCard(participant.page, 0, "Noch da");
    await warning.waitFor({ state: "detached" });
    expect((await keysOf(participant.page, boardId)).length).toBeGreaterThan(0);

    const { page } = await session.openBoard(moderatorUrl);
    await page.getByTestId("edit-board").click();
    await page.getByRole("button", { name: "Themenwand löschen …" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("endgültig");
    expect((await new AxeBuilder({ page }).include("dialog[open]").analyze()).violations).toEqual([]);
    await dialog.getByRole("button", { name: "Endgültig löschen" }).click();

    // The moderator is taken to the start page, where the board is no longer listed.
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByTestId("create-board-form").waitFor();
    expect(await keysOf(page, boardId)).toEqual([]);
    // The participant's page says so, and the browser keeps nothing of the board.
    const failure = participant.page.getByTestId("board-failure");
    await failure.waitFor();
    expect(await failure.getAttribute("data-code")).toBe("board_deleted");
    expect(await failure.textContent()).toContain("Themenwand gelöscht");
    expect(await keysOf(participant.page, boardId)).toEqual([]);
    expect((await new AxeBuilder({ page: participant.page }).analyze()).violations).toEqual([]);
    expect((await fetch(`${session.server.url}/api/boards/${boardId}`)).status).toBe(404);
  });
});
