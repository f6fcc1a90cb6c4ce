import { describe, expect, it } from "vitest";
import { moderatorKeyFromLink } from "../../client/sync/knownBoards";

/** A page's address as the browser keeps it: replaceState really changes what the page reads next. */
function pageAt(href: string) {
  const url = new URL(href);
  return {
    location: url,
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, next: string) {
        url.href = new URL(next, url).href;
      },
    },
  };
}

describe("a moderator link's key", () => {
  it("AUTH-3 is taken out of the address, and asked again on the same page it is still the link's", () => {
    // React may render a page's first state twice (a render it throws away, e.g. when the lazily
    // loaded page suspends): the second read must not turn the moderator into a participant.
    const page = pageAt("https://board.example/b/board12345?view=columns#key=secret-moderator-key");
    expect(moderatorKeyFromLink(page)).toBe("secret-moderator-key");
    expect(page.location.hash).toBe("");
    expect(page.location.search).toBe("?view=columns");
    expect(moderatorKeyFromLink(page)).toBe("secret-moderator-key");
  });

  it("AUTH-3 a page opened without a key has none", () => {
    expect(moderatorKeyFromLink(pageAt("https://board.example/b/other12345"))).toBeNull();
  });
});
