import { describe, expect, it } from "vitest";
import { languageOfAcceptHeader, languageOfBrowser } from "../../shared/languages";

describe("the language a browser gets", () => {
  it("UI-1 HTTP-6 German for any de-*, English otherwise, from navigator.language or an Accept-Language header alike", () => {
    expect(languageOfBrowser("de-AT")).toBe("de");
    expect(languageOfBrowser("DE")).toBe("de");
    expect(languageOfBrowser("en-US")).toBe("en");
    expect(languageOfBrowser("fr")).toBe("en");
    expect(languageOfBrowser(undefined)).toBe("en");
    expect(languageOfAcceptHeader("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(languageOfAcceptHeader("de;q=0.9")).toBe("de");
    // The first tag decides, as navigator.language is the browser's first language.
    expect(languageOfAcceptHeader("fr-FR,de;q=0.9")).toBe("en");
    expect(languageOfAcceptHeader(" de-CH , en")).toBe("de");
    expect(languageOfAcceptHeader("")).toBe("en");
    expect(languageOfAcceptHeader(undefined)).toBe("en");
  });
});
