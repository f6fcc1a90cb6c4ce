import { describe, expect, it } from "vitest";
import { applyOp } from "../../shared/applyOp";
import { stateFromSnapshot } from "../../shared/boardState";
import { withPlaces } from "../../shared/core/linkScope";
import { putWrite } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { linkAudiencesOf, viewerOfAudience, writesFor } from "../../shared/core/visibility";
import type { SpecialLink } from "../../shared/features/links";
import type { Actor, Card, Column } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { linkReadingOf, redactRecord } from "../../shared/recordTypes";

const column = (id: string): Column => ({
  type: "column",
  id,
  version: 1,
  audience: "board",
  authorId: null,
  title: id,
  description: "",
  rank: "a0",
});

const card = (id: string, columnId: string, authorId: string): Card => ({
  type: "card",
  id,
  version: 1,
  audience: "board",
  authorId,
  columnId,
  rank: "a0",
  authorName: null,
  content: { kind: "topic", title: `Titel ${id}`, body: "", link: null },
  createdAt: 1,
  updatedAt: 1,
});

const link: SpecialLink = {
  type: "specialLink",
  id: "link-group-a",
  version: 1,
  audience: "moderators",
  authorId: null,
  label: "Gruppe A",
  kind: "group",
  columnId: "column-a",
  keyHash: "a".repeat(64),
  createdAt: 1,
};

const records = [column("column-a"), column("column-b"), card("card-in-a", "column-a", "ann"), link];
const groupMember: Actor = {
  role: "participant",
  authorId: "gus",
  scope: { kind: "group", columnId: "column-a" },
  link: { id: link.id, keyHash: link.keyHash ?? "" },
};
const post = (columnId: string): Op => ({
  type: "card.add",
  cardId: "card-new-01",
  columnId,
  rank: "a1",
  authorName: null,
  content: { kind: "topic", title: "Neu", body: "", link: null },
});

describe("LINK-4 LINK-5 the rule book and a link holder", () => {
  it("LINK-4 allows a small group's post into its column only; LINK-5 refuses every op once its link is gone", () => {
    const view = viewOf(stateFromSnapshot({ records }));
    expect(applyOp(view, post("column-a"), groupMember, 2).ok).toBe(true);
    expect(applyOp(view, post("column-b"), groupMember, 2)).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    const revoked = viewOf(stateFromSnapshot({ records: records.filter((record) => record.type !== "specialLink") }));
    expect(applyOp(revoked, post("column-a"), groupMember, 2)).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    const renewed = viewOf(
      stateFromSnapshot({ records: [...records.slice(0, 3), { ...link, keyHash: "b".repeat(64) }] }),
    );
    expect(applyOp(renewed, post("column-a"), groupMember, 2).ok).toBe(false);
  });
});

describe("LINK-2 LINK-3 a move out of a small group's column", () => {
  it("LINK-2 carries where the card was, so the group's frame removes it; its audiences are the columns it left and joined", () => {
    const before = viewOf(stateFromSnapshot({ records }));
    const moved = { ...card("card-in-a", "column-b", "ann"), version: 1 };
    const writes = withPlaces([putWrite(moved)], before, linkReadingOf);
    expect(writes[0]).toMatchObject({ was: { place: "column-a" } });
    const audiences = linkAudiencesOf(writes, () => false, linkReadingOf);
    expect(audiences).toEqual(
      expect.arrayContaining(["links", "links-group:column-a", "links-group:column-b", "links-submission-author:ann"]),
    );
    const groupA = writesFor(writes, viewerOfAudience("links-group:column-a"), redactRecord, linkReadingOf);
    expect(groupA).toEqual([{ remove: { type: "card", id: "card-in-a" }, was: expect.any(Object) }]);
    expect(JSON.stringify(groupA)).not.toContain("column-b");
    expect(writesFor(writes, viewerOfAudience("links"), redactRecord, linkReadingOf)).toEqual([]);
    const groupB = writesFor(writes, viewerOfAudience("links-group:column-b"), redactRecord, linkReadingOf);
    expect(groupB).toMatchObject([{ put: { id: "card-in-a", columnId: "column-b" } }]);
  });
});
