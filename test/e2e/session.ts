import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startTestServer, type TestServer } from "../helpers/testServer";
import { waitUntilOnline } from "./boardActions";
import { launchChromium, type OpenedPage, openPage } from "./browser";

/**
 * One real server (serving the built client) and one Chromium for a test file's journeys. Pages
 * opened through it are closed at the end. Call it inside the file's describe block.
 */
export function browserSessionForThisFile(serverOptions: Parameters<typeof startTestServer>[0] = {}) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    server = await startTestServer({ ...serverOptions, withClient: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const tab of opened) await tab.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  const started = () => {
    if (!server || !browser) throw new Error("the browser session is not started yet");
    return { server, browser };
  };

  return {
    get server(): TestServer {
      return started().server;
    },
    /** Opens a board in a fresh browser context (its own storage) and waits until it is online. */
    async openBoard(url: string, options: { width?: number; height?: number; locale?: string } = {}) {
      const tab = await openPage(started().browser, options);
      opened.push(tab);
      await tab.page.goto(url);
      await waitUntilOnline(tab.page);
      return tab;
    },
    /** A fresh browser context (its own storage) with no page open yet; closed at the end. */
    async openContext(options: { width?: number; height?: number; locale?: string } = {}) {
      const tab = await openPage(started().browser, options);
      opened.push(tab);
      await tab.page.close();
      return tab.context;
    },
    /** Stops the server; its database file and port stay for `startServerAgain`. */
    async stopServer() {
      await started().server.stop();
    },
    async startServerAgain() {
      const { port, databasePath } = started().server;
      server = await startTestServer({ ...serverOptions, port, databasePath, withClient: true });
    },
  };
}
