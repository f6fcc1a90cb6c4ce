import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/testServer";
import { hasChromium, launchChromium, openPage } from "./browser";

describe.skipIf(!hasChromium)("start page in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it("BOARD-1 BOARD-2 BOARD-4 creates a Stammtisch board, shows both links and lists it under the browser's boards", async () => {
    const { page, foreignRequests, errors } = await openPage(browser);
    await page.goto(server.url);
    const form = page.getByTestId("create-board-form");
    await form.getByLabel("Titel der Themenwand").fill("Stammtisch Lausitz");
    await form.getByLabel("Stammtisch").check();
    await form.getByRole("button", { name: "Themenwand anlegen" }).click();

    const participantLink = await page.getByTestId("participant-link").inputValue();
    const moderatorLink = await page.getByTestId("moderator-link").inputValue();
    expect(participantLink).toMatch(new RegExp(`^${server.url}/b/[A-Za-z0-9_-]{22}$`));
    expect(moderatorLink).toMatch(new RegExp(`^${participantLink}#key=[A-Za-z0-9_-]{43}$`));
    await expect(page.getByTestId("moderator-warning").isVisible()).resolves.toBe(true);

    await page.getByTestId("open-moderator").click();
    await page.getByTestId("board").waitFor();
    expect(await page.getByTestId("board").getAttribute("data-role")).toBe("moderator");
    expect(page.url()).not.toContain("#key=");
    expect(await page.getByTestId("column").count()).toBe(6);
    expect(await page.getByTestId("column").first().getAttribute("data-column-title")).toBe(
      "Klimaschutz & Energiewende",
    );

    await page.goto(server.url);
    const known = page.getByTestId("known-boards");
    await known.getByRole("link", { name: /Stammtisch Lausitz/ }).click();
    await page.getByTestId("board").waitFor();
    expect(await page.getByTestId("board").getAttribute("data-role")).toBe("moderator");
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("UI-2 UI-4 the start page has no accessibility violations and loads nothing from other hosts", async () => {
    const { page, foreignRequests } = await openPage(browser);
    await page.goto(server.url);
    await page.getByTestId("create-board-form").waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    const csp = (await page.request.get(server.url)).headers()["content-security-policy"];
    expect(csp).toContain("default-src 'self'");
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it("UI-1 speaks English to an English browser and switches language on request", async () => {
    const { page } = await openPage(browser, { locale: "en-GB" });
    await page.goto(server.url);
    await page.getByRole("button", { name: "Create board" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByLabel("Language").selectOption("de");
    await page.getByRole("button", { name: "Themenwand anlegen" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await page.reload();
    await page.getByRole("button", { name: "Themenwand anlegen" }).waitFor();
    await page.context().close();
  });

  it("HTTP-6 the page shows before its code runs, in the browser's language, and the code takes over the same page", async () => {
    for (const [locale, heading, button] of [
      ["de-DE", "Neue Themenwand anlegen", "Themenwand anlegen"],
      ["en-US", "Create a new board", "Create board"],
    ] as const) {
      const withoutCode = await browser.newContext({ javaScriptEnabled: false, locale });
      const still = await withoutCode.newPage();
      await still.goto(server.url);
      await expect(still.getByRole("heading", { name: heading }).isVisible()).resolves.toBe(true);
      // What it shows takes no input: typing there would be lost when the code takes over.
      await expect(still.getByRole("button", { name: button }).isDisabled()).resolves.toBe(true);
      await withoutCode.close();

      const { page, errors } = await openPage(browser, { locale });
      await page.goto(server.url);
      await page.locator("#root > .first-paint").waitFor({ state: "detached" });
      await expect(page.getByRole("heading", { name: heading }).count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: button }).isEnabled()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
