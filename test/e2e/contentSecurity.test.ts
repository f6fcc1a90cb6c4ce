import { describe, expect, it, onTestFinished } from "vitest";
import { createBoard } from "../helpers/testServer";
import { waitUntilOnline } from "./boardActions";
import { hasChromium, launchChromium, openPage } from "./browser";
import { browserSessionForThisFile } from "./session";

describe.skipIf(!hasChromium)("the Content-Security-Policy in Chromium", () => {
  const session = browserSessionForThisFile();

  it("UI-4 forms that check their op with zod (meetings, the wall) cause no CSP violation in the console", async () => {
    const browser = await launchChromium();
    onTestFinished(() => browser.close());
    const stammtisch = await createBoard(session.server.url, "stammtisch");
    const vernetzung = await createBoard(session.server.url, "vernetzung");
    for (const url of [`${stammtisch.moderatorUrl.replace("#", "?view=meetings#")}`, vernetzung.participantUrl]) {
      const { page, context } = await openPage(browser);
      const violations: string[] = [];
      // Listening from before the first script: the lazy chunks build their schemas as they load.
      page.on("console", (message) => {
        if (message.type() === "error") violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(url);
      await waitUntilOnline(page);
      // Open and send a form empty: the op is checked with its zod schema in the page.
      const [open, form, send] = url.includes("view=meetings")
        ? ["meeting-add", "meeting-form", "Speichern"]
        : ["card-publish", "card-form", "Visitenkarte veröffentlichen"];
      await page.getByTestId(open).click();
      await page.getByTestId(form).getByRole("button", { name: send }).click();
      await page.getByTestId(form).locator("[aria-invalid=true]").first().waitFor();
      expect(violations, url).toEqual([]);
      await context.close();
    }
  });
});
