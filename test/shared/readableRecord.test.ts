import { describe, expect, it } from "vitest";
import { authorTagOf } from "../../shared/core/authorTags";
import { recordMapOf } from "../../shared/core/recordState";
import { viewOf } from "../../shared/core/recordView";
import { readableRecord } from "../../shared/core/visibility";
import type { Card } from "../../shared/model";
import { card } from "../helpers/fixtures";

const waiting = (id: string, authorId: string | null): Card => ({
  ...card(id, "col-aaaa", "a0", authorId),
  audience: "author",
  review: "waiting",
});

describe("the record an op names, as its sender may reach it (MOD-8)", () => {
  const author = "author-of-the-card-0001";
  const view = viewOf(
    recordMapOf([
      waiting("card-waiting", author),
      // As the author's browser holds it: its author as a tag (ANON-1).
      waiting("card-tagged", authorTagOf(author, { type: "card", id: "card-tagged" })),
      card("card-open", "col-aaaa", "a1", author),
    ]),
  );

  it("MOD-8 a card for its author and the moderators is missing for anyone else, as one that does not exist", () => {
    const other = { role: "participant", authorId: "someone-else-00001" } as const;
    expect(readableRecord(view, "card", "card-waiting", other)).toBeUndefined();
    expect(readableRecord(view, "card", "card-missing", other)).toBeUndefined();
    expect(readableRecord(view, "card", "card-open", other)?.id).toBe("card-open");
    expect(readableRecord(view, "card", "card-waiting", { role: "participant", authorId: null })).toBeUndefined();
  });

  it("MOD-8 its author (by real id on the server, by tag in the browser) and the moderators reach it", () => {
    expect(readableRecord(view, "card", "card-waiting", { role: "participant", authorId: author })?.id).toBe(
      "card-waiting",
    );
    expect(readableRecord(view, "card", "card-tagged", { role: "participant", authorId: author })?.id).toBe(
      "card-tagged",
    );
    expect(readableRecord(view, "card", "card-waiting", { role: "moderator", authorId: null })?.id).toBe(
      "card-waiting",
    );
  });
});
