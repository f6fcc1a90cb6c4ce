import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Manifest, PAGE_MODULES } from "../../server/http/pagePreloads";
import { serverForThisFile } from "../helpers/testServer";

// The real build (npm test runs `npm run build` first), as the server serves it.
const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8")) as Manifest;
const server = serverForThisFile({ clientDir: "dist" });
const page = async (path: string) => (await fetch(`${server().url}${path}`)).text();
const chunkOf = (module: string) => `/${manifest[module].file}`;
const preloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

describe("each page's code comes with its HTML", () => {
  it("HTTP-5 every page's module is in the build's manifest, so a page moved or renamed fails here", () => {
    for (const [name, module] of Object.entries(PAGE_MODULES)) {
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
  });

  it("HTTP-5 every script and stylesheet a page names exists, and none is named twice", async () => {
    for (const path of ["/", "/b/someBoard123", "/b/someBoard123/projector", "/privacy"]) {
      const html = await page(path);
      const named = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(new Set(named).size, path).toBe(named.length);
      for (const asset of named) expect((await fetch(`${server().url}${asset}`)).status, `${path} ${asset}`).toBe(200);
    }
  });
});
