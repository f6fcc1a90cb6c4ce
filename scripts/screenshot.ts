import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { seedDemoBoards } from "../bench/demoBoards";
import { freePort, startServerProcess } from "../test/helpers/serverProcess";

/**
 * The README's screenshot, taken from the real app: `npm run build`, then
 * `npx tsx scripts/screenshot.ts` starts the server (server/index.ts) on a fresh database, makes the
 * demo boards through the REST API (bench/demoBoards.ts) and photographs the Stammtisch board as its
 * moderator sees it in Chromium. `--width 375 --height 667 --out phone.png` takes a phone's view.
 */
const { values } = parseArgs({
  options: {
    out: { type: "string", default: "docs/screenshot.png" },
    width: { type: "string", default: "1400" },
    height: { type: "string", default: "820" },
    participant: { type: "boolean", default: false },
  },
});

const folder = mkdtempSync(join(tmpdir(), "themenwand-screenshot-"));
const server = await startServerProcess({ PORT: await freePort(), DATABASE_PATH: join(folder, "board.db") });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const boards = await seedDemoBoards(server.url);
  const width = Number(values.width);
  const phone = width < 640;
  const context = await browser.newContext({
    viewport: { width, height: Number(values.height) },
    locale: "de-DE",
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const key = values.participant ? "" : `#key=${boards.topics.moderatorKey}`;
  await page.goto(`${server.url}/b/${boards.topics.boardId}${key}`);
  await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
  await page.waitForLoadState("networkidle");
  // The text cursor and focus rings are not part of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: values.out });
  console.log(`${values.out}: ${width}×${values.height} of ${server.url}/b/${boards.topics.boardId}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
