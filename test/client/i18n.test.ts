import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { suggestionsDe, suggestionsEn } from "../../client/features/clusterSuggestions/messages";
import { meetingsDe } from "../../client/features/meetings/messagesDe";
import { meetingsEn } from "../../client/features/meetings/messagesEn";
import { networkingDe, networkingEn } from "../../client/features/networking/messages";
import { format, MESSAGES } from "../../client/i18n/messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".tsx") ? [path] : [];
  });
}

describe("translations", () => {
  it("UI-1 German and English have the same keys, none empty, with the same placeholders", () => {
    const { de, en } = MESSAGES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(de[key].trim(), `de ${key}`).not.toBe("");
      expect(en[key].trim(), `en ${key}`).not.toBe("");
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
    expect(format("{n} Karten", { n: 3 })).toBe("3 Karten");
  });

  it("UI-1 a feature's own words (the meetings view's, in its lazy chunk) are translated alike", () => {
    expect(Object.keys(meetingsEn).sort()).toEqual(Object.keys(meetingsDe).sort());
    for (const key of Object.keys(meetingsDe) as (keyof typeof meetingsDe)[]) {
      expect(meetingsDe[key].trim(), `de ${key}`).not.toBe("");
      expect(meetingsEn[key].trim(), `en ${key}`).not.toBe("");
      expect(placeholders(meetingsEn[key]), key).toEqual(placeholders(meetingsDe[key]));
      // One word, one place: a key in both the app's and the feature's messages would be ambiguous.
      expect(Object.hasOwn(MESSAGES.de, key), key).toBe(false);
    }
  });

  it("UI-1 NET-UI-1 the networking wall's own words are translated alike", () => {
    expect(Object.keys(networkingEn).sort()).toEqual(Object.keys(networkingDe).sort());
    for (const key of Object.keys(networkingDe) as (keyof typeof networkingDe)[]) {
      expect(networkingDe[key].trim(), `de ${key}`).not.toBe("");
      expect(networkingEn[key].trim(), `en ${key}`).not.toBe("");
      expect(placeholders(networkingEn[key]), key).toEqual(placeholders(networkingDe[key]));
      expect(Object.hasOwn(MESSAGES.de, key), key).toBe(false);
    }
  });

  it("UI-1 SUG-6 the suggested clusters' own words are translated alike", () => {
    expect(Object.keys(suggestionsEn).sort()).toEqual(Object.keys(suggestionsDe).sort());
    for (const key of Object.keys(suggestionsDe) as (keyof typeof suggestionsDe)[]) {
      expect(suggestionsDe[key].trim(), `de ${key}`).not.toBe("");
      expect(suggestionsEn[key].trim(), `en ${key}`).not.toBe("");
      expect(placeholders(suggestionsEn[key]), key).toEqual(placeholders(suggestionsDe[key]));
      expect(Object.hasOwn(MESSAGES.de, key), key).toBe(false);
    }
  });

  it("UI-1 components hold no hard-coded user-visible text", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles("client")) {
      const source = readFileSync(file, "utf8");
      // Text between JSX tags, and naming attributes given as string literals.
      const jsxText = [...source.matchAll(/>\s*([^<>{}\n]*[A-Za-zÄÖÜäöüß]{2,}[^<>{}\n]*?)\s*</g)].map((m) => m[1]);
      const attributes = [
        ...source.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*[A-Za-zÄÖÜäöüß]{2,}[^"]*)"/g),
      ].map((m) => m[1]);
      for (const text of [...jsxText, ...attributes]) {
        if (/^https?:\/\/$/.test(text)) continue; // a URL scheme hint is the same in every language
        // Comparisons and generics (a > 0 && b < 1, useState<Card>) look like text between tags.
        if (/&&|\|\||=|\?/.test(text) || /^[\w.]+$/.test(text.trim())) continue;
        offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
