import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serverForThisFile } from "../helpers/testServer";

// The client's real index.html and public files, as the build copies them.
const clientDir = mkdtempSync(join(tmpdir(), "themenwand-client-"));
for (const file of ["index.html", "public/robots.txt", "public/favicon.ico", "public/favicon.svg"]) {
  copyFileSync(join("client", file), join(clientDir, file.replace("public/", "")));
}
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

const server = serverForThisFile({ clientDir });
const get = (path: string) => fetch(`${server().url}${path}`);

describe("search engines and browsers' side requests", () => {
  it("HTTP-4 robots.txt keeps crawlers out of boards and the API; board pages and API answers say noindex", async () => {
    const robots = await get("/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.headers.get("content-type")).toMatch(/^text\/plain/);
    const rules = await robots.text();
    expect(rules).toMatch(/^Disallow: \/b\/$/m);
    expect(rules).toMatch(/^Disallow: \/api\/$/m);

    for (const path of ["/b/someBoard123", "/api/boards/someBoard123", "/api/health"]) {
      expect((await get(path)).headers.get("x-robots-tag"), path).toBe("noindex, nofollow");
    }
    const start = await get("/");
    expect(start.headers.get("x-robots-tag")).toBeNull();
    expect(await start.text()).toMatch(/<meta\s+name="description"\s+content="[^"]{40,}"/);
  });

  it("HTTP-4 /favicon.ico is an icon, and a path that is no page is a 404, not the app's HTML", async () => {
    const icon = await get("/favicon.ico");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/icon/);
    const bytes = new Uint8Array(await icon.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);

    for (const path of ["/wp-login.php", "/apple-touch-icon.png", "/b/someBoard123/extra"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("<div id=");
    }
  });

  it("PROJ-2 HTTP-4 a board's projector page is a page of the client, kept out of search engines", async () => {
    const response = await get("/b/someBoard123/projector");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(await response.text()).toContain('<div id="root">');
    expect((await get("/b/someBoard123/projector/more")).status).toBe(404);
  });
});
