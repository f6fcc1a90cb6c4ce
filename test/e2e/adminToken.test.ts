import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/testServer";
import { hasChromium, launchChromium, openPage } from "./browser";

const ADMIN_TOKEN = "verein-lausitz-2026-geheim";

describe.skipIf(!hasChromium)("an instance that keeps board creation to its organisers", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({ withClient: true, adminToken: ADMIN_TOKEN });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it("OPS-4 scripts need X-Admin-Token; a wrong or missing one creates nothing", async () => {
    const create = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/boards`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ title: "Skript" }),
      });
    const refusals: Record<string, string>[] = [
      {},
      { "x-admin-token": "falsch" },
      { "x-admin-token": `${ADMIN_TOKEN}x` },
    ];
    for (const headers of refusals) {
      const refused = await create(headers);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    expect((await create({ "x-admin-token": ADMIN_TOKEN })).status).toBe(201);
  });

  it("OPS-4 an organiser is asked for the admin token once, and this browser keeps it after it worked", async () => {
    const { page } = await openPage(browser, { width: 375, height: 740 });
    await page.goto(server.url);
    const form = page.getByTestId("create-board-form");
    await form.getByLabel("Titel der Themenwand").fill("Stammtisch Lausitz");
    await form.getByRole("button", { name: "Themenwand anlegen" }).click();
    const alert = page.getByTestId("create-error");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Admin-Schlüssel");
    const token = form.getByLabel("Admin-Schlüssel dieser Instanz");
    expect(await token.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await token.fill("falsch");
    await form.getByRole("button", { name: "Themenwand anlegen" }).click();
    await expect.poll(() => alert.textContent()).toContain("passt nicht");
    await token.fill(ADMIN_TOKEN);
    await form.getByRole("button", { name: "Themenwand anlegen" }).click();
    await page.getByTestId("participant-link").waitFor();

    // The next board needs no typing.
    await page.reload();
    await form.getByLabel("Titel der Themenwand").fill("Zweite Wand");
    await form.getByRole("button", { name: "Themenwand anlegen" }).click();
    await page.getByTestId("participant-link").waitFor();
    expect(await form.getByLabel("Admin-Schlüssel dieser Instanz").count()).toBe(0);
  });
});
