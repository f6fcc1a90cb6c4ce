import type { KeyValueStorage } from "../../sync/storage";
import { readJson } from "../../sync/storage";

/**
 * MEET-7/8 in the browser: the calendar addresses of a board (docs/api.md "Calendars") and this
 * browser's personal feed, whose secret never leaves it except inside the feed's URL.
 */
const langQuery = (language: string) => (language.startsWith("en") ? "?lang=en" : "");

/** The board's feed of all meetings, https for copying. */
export function boardFeedUrl(origin: string, boardId: string, language: string): string {
  return `${origin}/api/boards/${encodeURIComponent(boardId)}/meetings.ics${langQuery(language)}`;
}

/** The same feed as `webcal://`, which calendar apps open as a subscription. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//, "webcal://");
}

/** One meeting's file to import (the server answers it as an attachment). */
export function meetingFileUrl(boardId: string, meetingId: string, language: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}.ics${langQuery(language)}`;
}

export function personalFeedUrl(origin: string, boardId: string, feed: StoredFeed, language: string): string {
  const lang = language.startsWith("en") ? "&lang=en" : "";
  return `${origin}/api/boards/${encodeURIComponent(boardId)}/feeds/${encodeURIComponent(feed.feedId)}.ics?key=${feed.secret}${lang}`;
}

/** What this browser keeps of its personal feed: the id and the secret (the server has only its hash). */
export interface StoredFeed {
  feedId: string;
  secret: string;
}

const feedKey = (boardId: string) => `themenwand:calendarFeed:${boardId}`;

export function readStoredFeed(storage: KeyValueStorage, boardId: string): StoredFeed | null {
  const stored = readJson<Partial<StoredFeed> | null>(storage, feedKey(boardId), null);
  return typeof stored?.feedId === "string" && typeof stored.secret === "string"
    ? { feedId: stored.feedId, secret: stored.secret }
    : null;
}

export function writeStoredFeed(storage: KeyValueStorage, boardId: string, feed: StoredFeed | null): void {
  try {
    if (feed) storage.setItem(feedKey(boardId), JSON.stringify(feed));
    else storage.removeItem(feedKey(boardId));
  } catch {
    // Storage denied: the feed holds for this page only.
  }
}

/** A personal feed's secret, and the hash `calendarFeed.add` carries. */
