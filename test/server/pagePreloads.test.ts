import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Manifest, PAGE_MODULES, VIEW_MODULES } from "../../server/http/pagePreloads";
import { serverForThisFile } from "../helpers/testServer";

// The real build (npm test runs `npm run build` first), as the server serves it.
const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8")) as Manifest;
const server = serverForThisFile({ clientDir: "dist" });
const page = async (path: string, headers: Record<string, string> = {}) =>
  (await fetch(`${server().url}${path}`, { headers })).text();
/** What the served HTML shows inside #root before any code runs. */
const firstPaintOf = (html: string) => /<div id="root">(.*)<\/div>\s*<noscript>/s.exec(html)?.[1] ?? "";
const chunkOf = (module: string) => `/${manifest[module].file}`;
const preloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin fetchpriority="low" href="([^"]+)">/g)].map((m) => m[1]);

describe("each page's code comes with its HTML", () => {
  it("HTTP-5 every page's module is in the build's manifest, so a page moved or renamed fails here", () => {
    for (const [name, module] of Object.entries({ ...PAGE_MODULES, ...VIEW_MODULES })) {
      expect(manifest[module], `${name}: ${module}`).toBeDefined();
      expect(existsSync(join("dist", manifest[module].file)), name).toBe(true);
    }
  });

  it("HTTP-5 a board's HTML preloads the board page's chunk; the start page's does not carry it", async () => {
    const board = await page("/b/someBoard123");
    const start = await page("/");
    expect(preloads(board)).toContain(chunkOf(PAGE_MODULES.board));
    expect(preloads(start)).toContain(chunkOf(PAGE_MODULES.start));
    expect(preloads(start)).not.toContain(chunkOf(PAGE_MODULES.board));
    expect(preloads(board)).not.toContain(chunkOf(PAGE_MODULES.start));
    expect(preloads(await page("/b/someBoard123?link=abcdefgh12"))).toContain(chunkOf(PAGE_MODULES.linkHolder));
    expect(preloads(await page("/b/someBoard123/projector"))).toContain(chunkOf(PAGE_MODULES.projector));
    expect(preloads(await page("/datenschutz"))).toContain(chunkOf(PAGE_MODULES.privacy));
    // An address that asks for a view (VIEW-3) brings that view's code too; others do not carry it.
    expect(preloads(await page("/b/someBoard123?view=meetings"))).toContain(chunkOf(VIEW_MODULES.meetings ?? ""));
    expect(preloads(board)).not.toContain(chunkOf(VIEW_MODULES.meetings ?? ""));
    expect(preloads(await page("/b/someBoard123?view=nonsense"))).toEqual(preloads(board));
  });

  it("HTTP-5 every script and stylesheet a page names exists, and none is named twice", async () => {
    for (const path of ["/", "/b/someBoard123", "/b/someBoard123/projector", "/privacy"]) {
      const html = await page(path);
      const named = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(new Set(named).size, path).toBe(named.length);
      for (const asset of named) expect((await fetch(`${server().url}${asset}`)).status, `${path} ${asset}`).toBe(200);
    }
  });

  it("HTTP-6 a page's HTML already shows it, in the browser's language, in a fieldset that takes no input", async () => {
    const german = await page("/", { "accept-language": "de-DE,de;q=0.9,en;q=0.5" });
    const english = await page("/", { "accept-language": "en-GB,en;q=0.8" });
    expect(german).toContain('<html lang="de">');
    expect(english).toContain('<html lang="en">');
    expect(firstPaintOf(german)).toMatch(/^<fieldset class="first-paint" disabled>/);
    expect(firstPaintOf(german)).toContain("Neue Themenwand anlegen");
    expect(firstPaintOf(english)).toContain("Create a new board");
    expect(firstPaintOf(english)).not.toContain("Neue Themenwand anlegen");
    // English words come with the page; German ones are in the entry anyway.
    expect(preloads(english)).toContain(chunkOf("i18n/en.ts"));
    expect(preloads(german)).not.toContain(chunkOf("i18n/en.ts"));
    // No Accept-Language: English, as the client chooses for a browser that is not German.
    expect(await page("/")).toContain('<html lang="en">');

    expect(firstPaintOf(await page("/b/someBoard123", { "accept-language": "de" }))).toContain(
      "Themenwand wird geladen",
    );
    expect(firstPaintOf(await page("/b/someBoard123/projector", { "accept-language": "de" }))).toContain(
      'data-testid="projector-loading"',
    );
    // Pages whose first screen needs data the build does not have are served as before.
    expect(firstPaintOf(await page("/datenschutz"))).toBe("");

    const response = await fetch(`${server().url}/`);
    expect(response.headers.get("vary")).toMatch(/Accept-Language/i);
  });
});
