import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium && process.env.CI) {
  // On CI a missing browser is a failure, never a silent skip.
  throw new Error(`Chromium not found at ${CHROMIUM_PATH}; .ci/run installs Debian's chromium package.`);
}
if (!existsSync("dist/index.html")) {
  throw new Error("The client is not built: run `npm run build` before the browser tests (npm test does).");
}

/** Chromium as the tests run it; `extraArgs` adds flags (a host name mapped to 127.0.0.1, say). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
      ...extraArgs,
    ],
  });
}

/**
 * A page in its own browser context (its own localStorage, so its own author token), in German
 * unless told otherwise. Records every request to another host, which must never happen.
 */
export async function openPage(browser: Browser, options: { locale?: string; width?: number; height?: number } = {}) {
  const context = await browser.newContext({
    locale: options.locale ?? "de-DE",
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:")
      foreignRequests.push(request.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, context, foreignRequests, errors };
}

export type OpenedPage = Awaited<ReturnType<typeof openPage>>;

export async function cardTitles(page: Page, columnIndex: number): Promise<string[]> {
  const column = page.getByTestId("column").nth(columnIndex);
  return column
    .getByTestId("card")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-card-title") ?? ""));
}
