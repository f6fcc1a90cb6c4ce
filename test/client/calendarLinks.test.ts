import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mintSecret } from "../../client/core/secrets";
import {
  boardFeedUrl,
  meetingFileUrl,
  personalFeedUrl,
  readStoredFeed,
  webcalUrl,
  writeStoredFeed,
} from "../../client/features/meetings/calendarLinks";
import { memoryStorage } from "../../client/sync/storage";

describe("calendar links in the browser (MEET-UI-5)", () => {
  it("MEET-UI-5 MEET-7 the board's feed, its webcal:// twin and a meeting's file, in English with ?lang=en", () => {
    const feed = boardFeedUrl("https://wand.example.org", "b1", "de");
    expect(feed).toBe("https://wand.example.org/api/boards/b1/meetings.ics");
    expect(webcalUrl(feed)).toBe("webcal://wand.example.org/api/boards/b1/meetings.ics");
    expect(boardFeedUrl("https://wand.example.org", "b1", "en")).toBe(`${feed}?lang=en`);
    expect(meetingFileUrl("b1", "m1", "de")).toBe("/api/boards/b1/meetings/m1.ics");
    expect(personalFeedUrl("https://w.example", "b1", { feedId: "f1", secret: "s_-1" }, "en")).toBe(
      "https://w.example/api/boards/b1/feeds/f1.ics?key=s_-1&lang=en",
    );
  });

  it("MEET-UI-5 MEET-8 mints 256 random bits as base64url and sends their SHA-256 in hex, as the server hashes them", async () => {
    const one = await mintSecret();
    const two = await mintSecret();
    expect(one.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(one.secret).not.toBe(two.secret);
    expect(one.secretHash).toBe(createHash("sha256").update(one.secret).digest("hex"));
  });

  it("MEET-UI-5 MEET-8 keeps the feed per board in storage; a new one replaces it, revoking forgets it", () => {
    const storage = memoryStorage();
    expect(readStoredFeed(storage, "b1")).toBeNull();
    writeStoredFeed(storage, "b1", { feedId: "f1", secret: "one" });
    writeStoredFeed(storage, "b1", { feedId: "f2", secret: "two" });
    expect(readStoredFeed(storage, "b1")).toEqual({ feedId: "f2", secret: "two" });
    expect(readStoredFeed(storage, "b2")).toBeNull();
    writeStoredFeed(storage, "b1", null);
    expect(readStoredFeed(storage, "b1")).toBeNull();
    storage.setItem("themenwand:calendarFeed:b3", "not json");
    expect(readStoredFeed(storage, "b3")).toBeNull();
  });
});
