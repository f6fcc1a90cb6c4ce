import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, startTestServer, type TestServer } from "../helpers/testServer";
import { waitUntilOnline } from "./boardActions";
import { hasChromium, launchChromium, openPage } from "./browser";

/** A name for the test server that is not localhost, so Chromium treats plain http as not secure. */
const HOST = "themenwand.test";

describe.skipIf(!hasChromium)("a board served over plain http on a LAN name", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
    browser = await launchChromium([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });
  const onLan = (url: string) => url.replace("//127.0.0.1:", `//${HOST}:`);

  it("OPS-3 NET-UI-2 MEET-UI-5 publishes a business card with its edit link and makes a personal calendar feed", async () => {
    const wall = await createBoard(server.url, "vernetzung");
    const { page, context } = await openPage(browser);
    await page.goto(onLan(wall.participantUrl));
    await waitUntilOnline(page);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);

    await page.getByTestId("card-publish").click();
    const form = page.getByTestId("card-form");
    expect(await form.getByTestId("wall-insecure").count()).toBe(0);
    await form.getByLabel("Name", { exact: true }).fill("Özlem Yılmaz");
    await form.getByTestId("card-consent").check();
    await form.getByRole("button", { name: "Visitenkarte veröffentlichen" }).click();
    const editLink = await page.getByTestId("edit-link").inputValue();
    expect(editLink).toMatch(
      new RegExp(`^http://${HOST}:\\d+/b/${wall.boardId}\\?view=wall#edit=[^.]+\\.[A-Za-z0-9_-]{43}$`),
    );
    await page.locator('[data-testid="business-card"][data-card-name="Özlem Yılmaz"]').waitFor();

    const meetings = await createBoard(server.url, "stammtisch");
    const date = `${new Date().getFullYear() + 1}-01-24`;
    const added = await fetch(`${server.url}/api/boards/${meetings.boardId}/ops`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-moderator-key": meetings.moderatorKey,
        "idempotency-key": newId(),
      },
      body: JSON.stringify({ op: meetingAddOp({ theme: "Wärmewende im Quartier", date }) }),
    });
    expect(added.status).toBe(201);
    await page.goto(onLan(`${meetings.participantUrl}?view=meetings`));
    await waitUntilOnline(page);
    const meeting = page.locator('[data-testid="meeting"][data-meeting-theme="Wärmewende im Quartier"]');
    const toggle = meeting.getByTestId("meeting-toggle");
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await meeting.getByTestId("register-open").click();
    const register = page.getByTestId("register-form");
    await register.getByLabel("Dein Name", { exact: true }).fill("Özlem");
    await register.getByLabel("Deine E-Mail-Adresse", { exact: true }).fill("oezlem@example.org");
    await register.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await meeting.getByTestId("my-registration").waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: "Persönlichen Kalender mit Zugangslink abonnieren" }).click();
    const personalUrl = await page.getByTestId("calendar-personal-url").inputValue();
    expect(personalUrl).toMatch(
      new RegExp(`^http://${HOST}:\\d+/api/boards/${meetings.boardId}/feeds/[^/]+\\.ics\\?key=`),
    );
    await expect
      .poll(async () => (await fetch(personalUrl.replace(`//${HOST}:`, "//127.0.0.1:"))).status, { timeout: 10_000 })
      .toBe(200);
    await context.close();
  });
});
