import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, healthOf, startCluster } from "../helpers/cluster";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium, launchChromium, type OpenedPage, openPage } from "./browser";

/** Two server processes behind nginx (deploy/nginx/themenwand.conf), one Redis, one shared store. */
describe.skipIf(!hasChromium)("a board served by two processes, in two Chromium pages", () => {
  let cluster: Cluster | undefined;
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ processes: 2 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const tab of opened) await tab.context.close().catch(() => undefined);
    await browser?.close();
    await cluster?.stop();
  });

  /** A page whose browser carries the route cookie of one process, as nginx would have set it. */
  async function openPinned(url: string, instance: string) {
    if (!cluster || !browser) throw new Error("not started");
    const tab = await openPage(browser);
    opened.push(tab);
    const [name, value] = cluster.routeTo(instance).split("=");
    await tab.context.addCookies([{ name, value, url: cluster.url }]);
    await tab.page.goto(url);
    await waitUntilOnline(tab.page);
    // The page kept its route: nginx set no other one, and the route leads to that process.
    const cookies = await tab.context.cookies(cluster.url);
    expect(cookies.filter((cookie) => cookie.name === "twroute").map((cookie) => cookie.value)).toEqual([value]);
    expect((await healthOf(cluster.url, false, { cookie: `${name}=${value}` })).instance).toBe(instance);
    return tab.page;
  }

  it("SCALE-4 SCALE-5 a card added in a page on one process appears live in a page on the other", async () => {
    if (!cluster) throw new Error("not started");
    const [processA, processB] = cluster.instances;
    const { participantUrl } = await createBoard(cluster.url);
    expect(participantUrl.startsWith(cluster.url)).toBe(true);
    const alice = await openPinned(participantUrl, processA);
    const bob = await openPinned(participantUrl, processB);

    await addCard(alice, 1, "Bürgerhaus öffnen", "", "Alice");
    await cardByTitle(bob, "Bürgerhaus öffnen").waitFor({ timeout: 10_000 });
    await addCard(bob, 0, "Bänke am Markt", "", "Bob");
    await cardByTitle(alice, "Bänke am Markt").waitFor({ timeout: 10_000 });
    for (const page of [alice, bob]) await page.locator('[data-testid="presence"][data-count="2"]').waitFor();
  });
});
