import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureLog } from "../helpers/capturedLog";
import { serverForThisFile } from "../helpers/testServer";

const clientDir = mkdtempSync(join(tmpdir(), "themenwand-client-"));
mkdirSync(join(clientDir, "assets"));
writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>Themenwand</title>");
writeFileSync(join(clientDir, "assets", "app-1234.js"), "console.log(1)");
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

const server = serverForThisFile({ clientDir });

describe("HTTP errors and headers", () => {
  it("HTTP-1 answers a missing asset or a malformed URL with 404/400 (typed JSON under /api) and logs no stack", async () => {
    const log = captureLog();
    try {
      const cases: [string, number, "json" | "text", string?][] = [
        ["/assets/missing-0000.js", 404, "text"],
        ["/%E0%A4%A", 400, "text"],
        ["/b/%E0%A4%A", 400, "text"],
        ["/api/boards/%E0%A4%A", 400, "json", "invalid_input"],
        ["/api/%E0%A4%A/cards", 404, "json", "not_found"],
      ];
      for (const [path, status, kind, code] of cases) {
        const response = await fetch(`${server().url}${path}`);
        expect(response.status, path).toBe(status);
        const body = await response.text();
        if (kind === "json") expect(JSON.parse(body), path).toMatchObject({ error: { code } });
        else expect(response.headers.get("content-type"), path).toMatch(/^text\/plain/);
        expect(body, path).not.toMatch(/at .*\(|Error:/);
      }
      expect((await fetch(`${server().url}/assets/app-1234.js`)).status).toBe(200);
      expect((await fetch(`${server().url}/b/someBoard123`)).status).toBe(200);
      expect(log.lines.length).toBeGreaterThan(0);
      expect(log.errors()).toEqual([]);
      expect(log.lines.join("")).not.toMatch(/"stack"/);
    } finally {
      log.restore();
    }
  });

  it("UI-4 the Content-Security-Policy lets the page connect only to its own origin", async () => {
    const response = await fetch(`${server().url}/`);
    const policy = response.headers.get("content-security-policy") ?? "";
    const connect = policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("connect-src"));
    expect(connect).toBe("connect-src 'self'");
    expect(policy).toContain("default-src 'self'");
  });
});
