import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

/** FEAT-3 in the browser: a form that closes on send still gives its words back when the op is refused. */
describe.skipIf(!hasChromium)("refused words come back in Chromium", () => {
  const session = browserSessionForThisFile();

  it("FEAT-3 NET-UI-6 the wall's lists saved on a version someone else changed meanwhile: the conflict shows the moderator's entries", async () => {
    const { moderatorUrl, moderatorKey, boardId } = await createBoard(session.server.url, "vernetzung");
    const { page } = await session.openBoard(moderatorUrl);
    await page.getByTestId("wall-settings").click();
    const lists = page.getByTestId("wall-settings-form");
    const fields = lists.getByLabel("Arbeitsfelder (eines pro Zeile)");
    await fields.fill(`${await fields.inputValue()}\nKirche und Diakonie`);

    // Meanwhile another moderator saves the lists.
    const other = await connected(rawClient(session.server.url));
    try {
      const joined = await join(other, { boardId, since: null, moderatorKey });
      if (!joined.ok) throw new Error(`join failed: ${joined.problem.code}`);
      const answer = await sendOp(other, newId(), {
        type: "wallSettings.update",
        fieldsOfWork: ["Bildung"],
        regions: [],
        topics: [],
        baseVersion: 1,
      });
      expect(answer).toMatchObject({ ok: true });
    } finally {
      other.close();
    }

    await lists.getByRole("button", { name: "Speichern" }).click();
    const alert = page.locator('[data-testid="problem"][data-code="conflict"]');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.getByTestId("submitted-text").textContent()).toContain("Kirche und Diakonie");
  });
});
