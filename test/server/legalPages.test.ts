import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { RECORD_TYPES } from "../../shared/features";
import type { PrivacyFacts } from "../../shared/privacyFacts";
import { serverForThisFile, startTestServer } from "../helpers/testServer";

const clientDir = mkdtempSync(join(tmpdir(), "themenwand-client-"));
copyFileSync(join("client", "index.html"), join(clientDir, "index.html"));
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

const server = serverForThisFile({
  clientDir,
  imprintUrl: "https://verein.example/impressum",
  privacyUrl: "https://verein.example/datenschutz",
  boardExpiryDays: 90,
});

const factsOf = async (url: string) => {
  const answer = await fetch(`${url}/api/privacy`);
  expect(answer.status).toBe(200);
  return (await answer.json()) as PrivacyFacts;
};

describe("legal links and the generated privacy page (LEGAL-1..3)", () => {
  it("LEGAL-1 the instance's imprint and privacy notice come from this server, for every page's footer", async () => {
    const facts = await factsOf(server().url);
    expect(facts.imprintUrl).toBe("https://verein.example/impressum");
    expect(facts.privacyUrl).toBe("https://verein.example/datenschutz");
    const bare = await startTestServer();
    try {
      const none = await factsOf(bare.url);
      expect(none).toMatchObject({ imprintUrl: null, privacyUrl: null, boardExpiryDays: null, mail: false });
    } finally {
      await bare.stop();
      bare.cleanup();
    }
  });

  it("LEGAL-1 IMPRINT_URL and PRIVACY_URL must be http(s) addresses, else the server does not start", () => {
    expect(readConfig({ IMPRINT_URL: "https://a.example/i", PRIVACY_URL: "http://a.example/p" })).toMatchObject({
      imprintUrl: "https://a.example/i",
      privacyUrl: "http://a.example/p",
    });
    expect(() => readConfig({ IMPRINT_URL: "javascript:alert(1)" })).toThrow(/IMPRINT_URL/);
    expect(() => readConfig({ PRIVACY_URL: "kein Link" })).toThrow(/PRIVACY_URL/);
  });

  it("LEGAL-3 the privacy facts name every kind of personal data every record type declares, and the board expiry", async () => {
    const facts = await factsOf(server().url);
    expect(facts.boardExpiryDays).toBe(90);
    const listed = new Set(facts.stored.flatMap((entry) => entry.holds.map((datum) => `${entry.purpose}:${datum}`)));
    for (const { type, personal } of RECORD_TYPES) {
      for (const datum of personal?.holds ?? [])
        expect(listed, `${type}: ${datum}`).toContain(`${personal?.purpose}:${datum}`);
    }
    expect(facts.stored.map((entry) => entry.purpose)).toEqual(
      expect.arrayContaining(["topics", "meetings", "talks", "networking", "groups", "voting", "calendar"]),
    );
    // Moderators' entries (conveners' names) are told apart from what people enter themselves.
    expect(facts.stored).toContainEqual(expect.objectContaining({ purpose: "groups", writtenBy: "moderators" }));
    // A business card's contact fields reach fewer than the card, and so may a topic card's name (hidden
    // for everyone, MOD-5); a vote is shown whole to whom it reaches.
    expect(facts.stored).toContainEqual(expect.objectContaining({ purpose: "networking", narrowed: true }));
    expect(facts.stored).toContainEqual(expect.objectContaining({ purpose: "topics", narrowed: true }));
    expect(facts.stored).toContainEqual(expect.objectContaining({ purpose: "voting", narrowed: false }));
  });

  it("LEGAL-3 HTTP-4 /datenschutz and /privacy are pages of the client, indexable like the start page", async () => {
    for (const path of ["/datenschutz", "/privacy"]) {
      const page = await fetch(`${server().url}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain('<div id="root">');
      expect(page.headers.get("x-robots-tag"), path).toBeNull();
    }
    expect((await fetch(`${server().url}/datenschutz/mehr`)).status).toBe(404);
  });
});
